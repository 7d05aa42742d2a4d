SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE OR REPLACE VIEW public.live_items (id, name, price) AS
SELECT id,
    upper(name) AS name,
    price * 2::numeric AS price
   FROM public.items
  WHERE NOT archived AND price > 0::numeric;

