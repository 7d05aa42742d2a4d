-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.u (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL
);

ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO pgs_dp_ro;

ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgs_dp_ro;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index t_a_idx on existing table public.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a);

RESET lock_timeout;
RESET statement_timeout;
