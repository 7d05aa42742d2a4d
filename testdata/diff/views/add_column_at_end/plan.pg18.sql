SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE OR REPLACE VIEW public.people_v (id, first_name, last_name, born) AS
SELECT id,
    first_name,
    last_name,
    born
   FROM public.people;

