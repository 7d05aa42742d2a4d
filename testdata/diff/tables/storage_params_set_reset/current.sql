CREATE TABLE hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 70);
CREATE TABLE cold (id integer PRIMARY KEY, v text) WITH (autovacuum_enabled = false, fillfactor = 90);
CREATE TABLE plain (id integer PRIMARY KEY, v text);
CREATE INDEX hot_v ON hot (v) WITH (fillfactor = 80);
