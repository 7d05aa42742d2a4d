SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of PRIMARY KEY tags_pkey on existing table public.tags concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags USING btree (name);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;

RESET lock_timeout;
RESET statement_timeout;
