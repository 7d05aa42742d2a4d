CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, sold_on date NOT NULL);
CREATE MATERIALIZED VIEW sales_by_day AS SELECT sold_on, sum(amount) AS amount FROM sales GROUP BY sold_on;
CREATE UNIQUE INDEX sales_by_day_key ON sales_by_day (sold_on);
COMMENT ON MATERIALIZED VIEW sales_by_day IS 'daily totals';
