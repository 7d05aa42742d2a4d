-- columns appended at the end of a view (CREATE OR REPLACE VIEW allows it), with a view over it
CREATE TABLE people (id integer PRIMARY KEY, first_name text, last_name text, born date);
CREATE VIEW people_v AS SELECT id, first_name, last_name, born FROM people;
CREATE VIEW people_vv AS SELECT id FROM people_v;
