CREATE TABLE t (id integer PRIMARY KEY, a text NOT NULL, b integer DEFAULT 1, c timestamptz);
