CREATE SCHEMA s;
CREATE TABLE s.t (id integer);
CREATE INDEX t_id_idx ON s.t (id);
CREATE SEQUENCE s.q;
