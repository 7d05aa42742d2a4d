-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_qty_check;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (((price >= (0)::numeric) AND (price < (1000000)::numeric))) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_range_check CHECK ((lo <= hi)) NO INHERIT NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

ALTER TABLE public.products VALIDATE CONSTRAINT products_range_check;

RESET lock_timeout;
RESET statement_timeout;
