CREATE TABLE cities (name text NOT NULL, population integer);
CREATE TABLE old_parent (x integer);
CREATE TABLE old_child (y integer) INHERITS (old_parent);
