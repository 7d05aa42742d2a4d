-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.events ADD CONSTRAINT id_pgshape_nn CHECK (id IS NOT NULL) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.events VALIDATE CONSTRAINT id_pgshape_nn;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.events ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.events DROP CONSTRAINT id_pgshape_nn;

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of PRIMARY KEY events_pkey on existing table public.events concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON public.events USING btree (id);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;

RESET lock_timeout;
RESET statement_timeout;
