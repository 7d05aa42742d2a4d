-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.bins ADD CONSTRAINT bins_warehouse_fkey FOREIGN KEY (region, code) REFERENCES public.warehouses(region, code) MATCH FULL ON DELETE CASCADE NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.bins VALIDATE CONSTRAINT bins_warehouse_fkey;

RESET lock_timeout;
RESET statement_timeout;
