SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index orders_customer_idx on existing table public.orders (concurrently: writes continue)
CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders USING btree (customer_id) INCLUDE (total, placed_at);

-- hazard index-build: builds index orders_recent_idx on existing table public.orders (concurrently: writes continue)
CREATE INDEX CONCURRENTLY orders_recent_idx ON public.orders USING btree (placed_at DESC NULLS LAST, id NULLS FIRST);

-- hazard index-build: builds index orders_total_c_idx on existing table public.orders (concurrently: writes continue)
CREATE INDEX CONCURRENTLY orders_total_c_idx ON public.orders USING btree (customer_id, total DESC);

RESET lock_timeout;
RESET statement_timeout;
