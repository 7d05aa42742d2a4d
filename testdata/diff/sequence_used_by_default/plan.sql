CREATE SEQUENCE public.order_number_seq START WITH 10000;

-- hazard table-rewrite: adding column number with the volatile default nextval('public.order_number_seq'::regclass) rewrites table public.orders
ALTER TABLE public.orders ADD COLUMN number bigint DEFAULT nextval('public.order_number_seq'::regclass) NOT NULL;

COMMENT ON SEQUENCE public.order_number_seq IS 'human friendly order numbers';

