SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.expensive;

DROP VIEW public.product_prices;

DROP FUNCTION public.price_of(p public.products);

DROP FUNCTION public.unused_kind();

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.price_of(p public.products)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT p.price_cents / 100.0 $function$;

CREATE OR REPLACE FUNCTION public.unused_kind()
 RETURNS SETOF integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;

CREATE VIEW public.product_prices (id, price) AS
SELECT id,
    public.price_of(p.*) AS price
   FROM public.products p;

CREATE VIEW public.expensive (id) AS
SELECT id
   FROM public.product_prices
  WHERE price > 100::numeric;

