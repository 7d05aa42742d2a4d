SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops materialized view public.sales_by_day; its rows are computed again only when it is created and refreshed
DROP MATERIALIZED VIEW public.sales_by_day;

CREATE MATERIALIZED VIEW public.sales_by_region (region, amount, n) AS
SELECT region,
    sum(amount) AS amount,
    count(*) AS n
   FROM public.sales
  GROUP BY region;

CREATE INDEX sales_by_region_amount ON public.sales_by_region USING btree (amount DESC);

CREATE UNIQUE INDEX sales_by_region_key ON public.sales_by_region USING btree (region);

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'totals per region';

