-- a materialized view (with its index and comment) is dropped and another created with indexes and a comment
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, sold_on date NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS amount, count(*) AS n FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_key ON sales_by_region (region);
CREATE INDEX sales_by_region_amount ON sales_by_region (amount DESC);
COMMENT ON MATERIALIZED VIEW sales_by_region IS 'totals per region';
