-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.orders ADD CONSTRAINT amount_not_negative CHECK ((amount >= (0)::numeric)) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.orders VALIDATE CONSTRAINT amount_not_negative;

RESET lock_timeout;
RESET statement_timeout;
