CREATE TABLE t (a integer, b integer, email text);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (lower(email));
CREATE UNIQUE INDEX ON t (b);
