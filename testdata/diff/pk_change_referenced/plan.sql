ALTER TABLE public.cities DROP CONSTRAINT cities_country_id_fkey;

ALTER TABLE public.countries DROP CONSTRAINT countries_pkey;

ALTER TABLE public.countries DROP CONSTRAINT countries_iso_key;

-- hazard blocking-scan: adding UNIQUE countries_id_key builds its index on table public.countries while blocking writes
ALTER TABLE public.countries ADD CONSTRAINT countries_id_key UNIQUE (id);

-- hazard blocking-scan: adding PRIMARY KEY countries_pkey builds its index on table public.countries while blocking writes
ALTER TABLE public.countries ADD CONSTRAINT countries_pkey PRIMARY KEY (iso);

ALTER TABLE public.cities ADD CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.countries(id) NOT VALID;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_id_fkey;

