SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.old_big_orders;

CREATE VIEW public.order_totals (customer, total, n) AS
SELECT customer,
    sum(total) AS total,
    count(*) AS n
   FROM public.orders
  GROUP BY customer;

