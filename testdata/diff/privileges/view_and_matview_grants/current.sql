CREATE TABLE metrics (id integer PRIMARY KEY, name text NOT NULL, value double precision);
CREATE VIEW metric_names AS SELECT id, name FROM metrics;
CREATE MATERIALIZED VIEW metric_avg AS SELECT name, avg(value) AS value FROM metrics GROUP BY name;
CREATE VIEW metric_ids AS SELECT id FROM metrics;
GRANT SELECT ON metric_names TO pgs_priv_ro;
GRANT SELECT ON metric_avg TO pgs_priv_ro;
GRANT SELECT ON metric_ids TO pgs_priv_ro;
