SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.payments_sum;

DROP VIEW public.payments_v;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column amount of table public.payments from integer to bigint rewrites the table and its indexes
ALTER TABLE public.payments ALTER COLUMN amount TYPE bigint;

SET LOCAL statement_timeout = '1min';

CREATE VIEW public.payments_v (id, amount) AS
SELECT id,
    amount
   FROM public.payments;

CREATE VIEW public.payments_sum (total) AS
SELECT sum(amount) AS total
   FROM public.payments_v;

