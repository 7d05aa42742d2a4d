CREATE TABLE t (id int);
CREATE INDEX ON nowhere (id);
CREATE INDEX ON t (missing);
ALTER TABLE ghost ADD COLUMN x int;
COMMENT ON TABLE ghost IS 'boo';
CREATE TABLE nope.t (id int);
ALTER SEQUENCE s OWNED BY t.id;
