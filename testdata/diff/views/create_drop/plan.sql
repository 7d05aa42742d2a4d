DROP VIEW public.old_big_orders;

CREATE VIEW public.order_totals AS
SELECT orders.customer,
    sum(orders.total) AS total,
    count(*) AS n
   FROM public.orders
  GROUP BY orders.customer;

