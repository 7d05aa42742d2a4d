-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.people ALTER COLUMN last_name DROP NOT NULL;

ALTER TABLE public.people ADD CONSTRAINT first_name_pgshape_nn CHECK (first_name IS NOT NULL) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.people VALIDATE CONSTRAINT first_name_pgshape_nn;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.people ALTER COLUMN first_name SET NOT NULL;

ALTER TABLE public.people DROP CONSTRAINT first_name_pgshape_nn;

RESET lock_timeout;
RESET statement_timeout;
