SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.available(s text)
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT (stock.qty - stock.reserved)
    FROM public.stock
   WHERE (stock.sku = available.s);
END;

CREATE OR REPLACE FUNCTION public.plain_to_atomic(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (a * 2);

CREATE OR REPLACE PROCEDURE public.restock(IN s text, IN n integer)
 LANGUAGE sql
BEGIN ATOMIC
 INSERT INTO public.stock (sku, qty)
   VALUES (restock.s, 0) ON CONFLICT(sku) DO NOTHING;
 UPDATE public.stock SET qty = (stock.qty + restock.n)
   WHERE (stock.sku = restock.s);
END;

CREATE OR REPLACE FUNCTION public.total_stock()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(stock.qty) AS sum
    FROM public.stock;
END;

