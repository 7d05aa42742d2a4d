CREATE TABLE t (id integer, a text, b integer NOT NULL DEFAULT 5);
