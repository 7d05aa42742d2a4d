SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE OR REPLACE VIEW public.people_v (id, first_name, last_name, born) AS
SELECT people.id,
    people.first_name,
    people.last_name,
    people.born
   FROM public.people;

