-- add a primary key to a table that has none
CREATE TABLE tags (name text NOT NULL PRIMARY KEY, color text);
