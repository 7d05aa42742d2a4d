SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index users_email_domain_idx on existing table public.users (concurrently: writes continue)
CREATE INDEX CONCURRENTLY users_email_domain_idx ON public.users USING btree (split_part(email, '@'::text, 2), id);

-- hazard index-build: builds index users_lower_email_live_idx on existing table public.users (concurrently: writes continue)
CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_live_idx ON public.users USING btree (lower(email)) WHERE (deleted_at IS NULL);

-- hazard index-build: builds index users_tenant_active_idx on existing table public.users (concurrently: writes continue)
CREATE INDEX CONCURRENTLY users_tenant_active_idx ON public.users USING btree (tenant) WHERE ((deleted_at IS NULL) AND (tenant > 0));

RESET lock_timeout;
RESET statement_timeout;
