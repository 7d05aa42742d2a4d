-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users ADD CONSTRAINT email_pgshape_nn CHECK (email IS NOT NULL) NOT VALID;

ALTER TABLE public.users ADD CONSTRAINT name_pgshape_nn CHECK (name IS NOT NULL) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.users VALIDATE CONSTRAINT email_pgshape_nn;

ALTER TABLE public.users VALIDATE CONSTRAINT name_pgshape_nn;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.users DROP CONSTRAINT email_pgshape_nn;

ALTER TABLE public.users ALTER COLUMN name SET NOT NULL;

ALTER TABLE public.users DROP CONSTRAINT name_pgshape_nn;

RESET lock_timeout;
RESET statement_timeout;
