SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of UNIQUE users_email_key on existing table public.users concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;

COMMENT ON CONSTRAINT users_email_key ON public.users IS 'one account per address';

RESET lock_timeout;
RESET statement_timeout;
