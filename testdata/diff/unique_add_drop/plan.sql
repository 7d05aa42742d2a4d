-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users DROP CONSTRAINT users_handle_key;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of UNIQUE users_email_key on existing table public.users concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);

-- hazard index-build: builds the index of UNIQUE users_tenant_email_key on existing table public.users concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY users_tenant_email_key ON public.users USING btree (tenant, email);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;

ALTER TABLE public.users ADD CONSTRAINT users_tenant_email_key UNIQUE USING INDEX users_tenant_email_key;

RESET lock_timeout;
RESET statement_timeout;
