SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of PRIMARY KEY memberships_pkey on existing table public.memberships concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY memberships_pkey_pgshape_new ON public.memberships USING btree (user_id, group_id);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.memberships DROP CONSTRAINT memberships_pkey, ADD CONSTRAINT memberships_pkey PRIMARY KEY USING INDEX memberships_pkey_pgshape_new;

RESET lock_timeout;
RESET statement_timeout;
