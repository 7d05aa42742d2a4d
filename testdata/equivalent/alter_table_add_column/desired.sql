-- columns declared in CREATE TABLE vs added by ALTER TABLE ADD COLUMN
CREATE TABLE t (id integer);
ALTER TABLE t ADD COLUMN a text;
ALTER TABLE t ADD b integer NOT NULL DEFAULT 5;
