SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE OR REPLACE VIEW public.live_items (id, name, price) AS
SELECT items.id,
    upper(items.name) AS name,
    items.price * 2::numeric AS price
   FROM public.items
  WHERE NOT items.archived AND items.price > 0::numeric;

