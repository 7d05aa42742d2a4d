-- storage parameters given in CREATE TABLE vs ALTER TABLE SET, key case, storage set to the type's own default (EXTENDED for text, PLAIN for integer), COMPRESSION DEFAULT
CREATE TABLE t (id integer PRIMARY KEY, body text, raw bytea);
ALTER TABLE t SET (FILLFACTOR = 70, autovacuum_enabled = false);
CREATE TABLE u (id integer, body text COMPRESSION default);
ALTER TABLE u ALTER COLUMN body SET STORAGE EXTENDED, ALTER COLUMN id SET STORAGE PLAIN;
