CREATE TABLE files (id integer PRIMARY KEY, name text, content bytea, meta jsonb);
ALTER TABLE files ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE files ALTER COLUMN name SET STORAGE MAIN;
