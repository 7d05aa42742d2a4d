CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES parents (id) ON DELETE CASCADE,
    code text UNIQUE,
    qty integer CHECK (qty > 0)
);
