-- enable and force row level security on one table, disable it on another
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE TABLE notes (id integer PRIMARY KEY);
