SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SEQUENCE public.order_number_seq START WITH 10000;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: adding column number with the volatile default nextval('public.order_number_seq'::regclass) rewrites table public.orders
ALTER TABLE public.orders ADD COLUMN number bigint DEFAULT nextval('public.order_number_seq'::regclass) NOT NULL;

SET LOCAL statement_timeout = '1min';

COMMENT ON SEQUENCE public.order_number_seq IS 'human friendly order numbers';

