-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_check;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_check CHECK ((amount <> (0)::numeric)) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_check;

RESET lock_timeout;
RESET statement_timeout;
