CREATE TABLE t (id int);
CREATE INDEX ON nowhere (id);
CREATE INDEX ON t (missing);
ALTER TABLE ghost ADD COLUMN x int;
COMMENT ON TABLE ghost IS 'boo';
CREATE TABLE nope.t (id int);
ALTER SEQUENCE s OWNED BY t.id;
CREATE TYPE pair AS (a int);
COMMENT ON COLUMN pair.b IS 'no such attribute';
