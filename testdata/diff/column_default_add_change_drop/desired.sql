-- add a default, change a default and drop a default
CREATE TABLE settings (
    id integer PRIMARY KEY,
    a integer DEFAULT 42,
    b text DEFAULT 'new',
    c timestamptz,
    d jsonb DEFAULT '{"k": 1}'
);
