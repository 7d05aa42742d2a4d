CREATE TABLE t (a integer, b text, c integer NOT NULL);
