CREATE TABLE t (id integer PRIMARY KEY, body text, raw bytea) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE u (id integer, body text);
