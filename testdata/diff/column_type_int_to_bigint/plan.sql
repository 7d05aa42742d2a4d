SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column id of table public.orders from integer to bigint rewrites the table and its indexes
ALTER TABLE public.orders ALTER COLUMN id TYPE bigint;

-- hazard table-rewrite: changing column qty of table public.orders from integer to bigint rewrites the table and its indexes
ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint;

-- hazard table-rewrite: changing column order_id of table public.shipments from integer to bigint rewrites the table and its indexes
ALTER TABLE public.shipments ALTER COLUMN order_id TYPE bigint;

