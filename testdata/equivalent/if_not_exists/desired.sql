-- CREATE ... IF NOT EXISTS for schema, table, index and sequence
CREATE SCHEMA IF NOT EXISTS s;
CREATE TABLE IF NOT EXISTS s.t (id integer);
CREATE INDEX IF NOT EXISTS t_id_idx ON s.t (id);
CREATE SEQUENCE IF NOT EXISTS s.q;
