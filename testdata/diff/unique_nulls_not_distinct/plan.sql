SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of UNIQUE codes_code_key on existing table public.codes concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY codes_code_key_pgshape_new ON public.codes USING btree (code) NULLS NOT DISTINCT;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.codes DROP CONSTRAINT codes_code_key, ADD CONSTRAINT codes_code_key UNIQUE USING INDEX codes_code_key_pgshape_new;

RESET lock_timeout;
RESET statement_timeout;
