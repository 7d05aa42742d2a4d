SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE MATERIALIZED VIEW public.order_totals (n, total) AS
SELECT count(*) AS n,
    sum(total) AS total
   FROM public.orders
WITH NO DATA;

CREATE UNIQUE INDEX order_totals_n ON public.order_totals USING btree (n);

