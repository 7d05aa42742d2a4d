CREATE TABLE settings (
    id integer PRIMARY KEY,
    a integer,
    b text DEFAULT 'old',
    c timestamptz DEFAULT now(),
    d jsonb DEFAULT '[]'
);
