-- default privileges change inside the transaction, before the indexes built concurrently after it (they take none)
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
CREATE TABLE u (id integer GENERATED ALWAYS AS IDENTITY);
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO pgs_dp_ro;
