SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: rebuilds index orders_customer_idx of existing table public.orders, as its definition changes: built concurrently as orders_customer_idx_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE INDEX CONCURRENTLY orders_customer_idx_pgshape_new ON public.orders USING btree (customer_id, created_at);

DROP INDEX CONCURRENTLY public.orders_customer_idx;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.orders_customer_idx_pgshape_new RENAME TO orders_customer_idx;

COMMENT ON INDEX public.orders_customer_idx IS 'by customer, newest first';

RESET lock_timeout;
RESET statement_timeout;
