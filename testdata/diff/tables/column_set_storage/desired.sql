-- column storage: EXTERNAL reset to the type default EXTENDED, MAIN kept, jsonb set to EXTERNAL, a new column created with MAIN, an integer column set to PLAIN (its default, no change)
CREATE TABLE files (id integer PRIMARY KEY, name text, content bytea, meta jsonb, summary text);
ALTER TABLE files ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE files ALTER COLUMN name SET STORAGE MAIN;
ALTER TABLE files ALTER COLUMN meta SET STORAGE EXTERNAL;
ALTER TABLE files ALTER COLUMN summary SET STORAGE MAIN;
