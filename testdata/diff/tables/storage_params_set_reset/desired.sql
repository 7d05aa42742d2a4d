-- table storage parameters: fillfactor changed, one parameter reset while another stays, parameters set on a table without any (WITH and ALTER TABLE SET), index fillfactor changed
CREATE TABLE hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 50);
CREATE TABLE cold (id integer PRIMARY KEY, v text) WITH (fillfactor = 90);
CREATE TABLE plain (id integer PRIMARY KEY, v text) WITH (autovacuum_enabled = off);
ALTER TABLE plain SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 500);
CREATE INDEX hot_v ON hot (v) WITH (fillfactor = 60);
