ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_qty_check;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (((price >= (0)::numeric) AND (price < (1000000)::numeric))) NOT VALID;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

ALTER TABLE public.products ADD CONSTRAINT products_range_check CHECK ((lo <= hi)) NO INHERIT NOT VALID;

ALTER TABLE public.products VALIDATE CONSTRAINT products_range_check;

