CREATE TABLE parents (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE children (id integer PRIMARY KEY,
    parent_id integer CONSTRAINT children_parent_fk REFERENCES parents (id),
    parent_code text CONSTRAINT children_code_fk REFERENCES parents (code) ON DELETE CASCADE);
