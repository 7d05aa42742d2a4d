-- turn a logged table into an unlogged one
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value bytea);
