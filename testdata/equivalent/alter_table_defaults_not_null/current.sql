CREATE TABLE t (id integer NOT NULL, status text NOT NULL DEFAULT 'new', n integer DEFAULT 0);
