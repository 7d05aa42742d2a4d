-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.cities DROP CONSTRAINT cities_country_id_fkey;

ALTER TABLE public.countries DROP CONSTRAINT countries_pkey;

ALTER TABLE public.countries DROP CONSTRAINT countries_iso_key;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: adding UNIQUE countries_id_key builds its index on table public.countries while blocking writes
ALTER TABLE public.countries ADD CONSTRAINT countries_id_key UNIQUE (id);

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.cities ADD CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.countries(id) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_id_fkey;

-- hazard index-build: builds the index of PRIMARY KEY countries_pkey on existing table public.countries concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY countries_pkey ON public.countries USING btree (iso);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.countries ADD CONSTRAINT countries_pkey PRIMARY KEY USING INDEX countries_pkey;

RESET lock_timeout;
RESET statement_timeout;
