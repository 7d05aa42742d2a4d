-- privileges on views and a materialized view that are dropped and recreated (a column removed, a query changed): the grants are given again after the create; a plain view gains a grant
CREATE TABLE metrics (id integer PRIMARY KEY, name text NOT NULL, value double precision);
CREATE VIEW metric_names AS SELECT name FROM metrics;
CREATE MATERIALIZED VIEW metric_avg AS SELECT name, avg(value) AS value FROM metrics WHERE value IS NOT NULL GROUP BY name;
CREATE VIEW metric_ids AS SELECT id FROM metrics;
GRANT SELECT ON metric_names TO pgs_priv_ro;
GRANT SELECT ON metric_avg TO pgs_priv_ro, pgs_priv_app;
GRANT SELECT ON metric_ids TO pgs_priv_ro;
GRANT SELECT (id) ON metric_ids TO pgs_priv_app;
