-- the same columns in a different order: column order is not a difference
CREATE TABLE t (c timestamptz, b integer DEFAULT 1, a text NOT NULL, id integer PRIMARY KEY);
