SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index users_city_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.users_city_idx;

-- hazard index-build: builds index users_email_idx on existing table public.users (concurrently: writes continue)
CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON public.users USING btree (email);

-- hazard index-build: builds index users_last_login_idx on existing table public.users (concurrently: writes continue)
CREATE INDEX CONCURRENTLY users_last_login_idx ON public.users USING btree (last_login);

RESET lock_timeout;
RESET statement_timeout;
