CREATE EXTENSION citext;
CREATE TABLE t (email citext);
