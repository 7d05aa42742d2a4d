CREATE OR REPLACE VIEW public.people_v AS
SELECT people.id,
    people.first_name,
    people.last_name,
    people.born
   FROM public.people;

