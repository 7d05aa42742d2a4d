SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.orders_eu RENAME CONSTRAINT orders_eu_id_not_null TO orders_id_not_null;

ALTER TABLE public.orders_eu RENAME CONSTRAINT orders_eu_region_not_null TO orders_region_not_null;

ALTER TABLE public.orders_eu ALTER COLUMN id DROP DEFAULT;

ALTER TABLE public.orders_eu ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: ATTACH PARTITION scans table public.orders_eu to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)
ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('eu');

SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops sequence public.orders_eu_id_seq and its current value
DROP SEQUENCE public.orders_eu_id_seq;

