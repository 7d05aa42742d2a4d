-- a new parent and a new child created with INHERITS (parent first), a parent/child pair dropped (child first), a CHECK on the parent inherited by the children
CREATE TABLE cities (name text NOT NULL, population integer);
CREATE TABLE regions (code text NOT NULL, CONSTRAINT regions_code_upper CHECK (code = upper(code)));
CREATE TABLE capitals (state text) INHERITS (cities, regions);
CREATE TABLE towns (mayor text) INHERITS (regions);
