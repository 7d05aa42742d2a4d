CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (id integer, parent_id integer REFERENCES parents (id), k kind);
CREATE INDEX children_parent_id_idx ON children (parent_id);
