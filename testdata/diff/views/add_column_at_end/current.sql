CREATE TABLE people (id integer PRIMARY KEY, first_name text, last_name text, born date);
CREATE VIEW people_v AS SELECT id, first_name FROM people;
CREATE VIEW people_vv AS SELECT id FROM people_v;
