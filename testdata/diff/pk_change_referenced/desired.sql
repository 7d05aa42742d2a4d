-- move the primary key to another column while a FK depends on the old one: FK dropped and recreated
CREATE TABLE countries (id integer NOT NULL CONSTRAINT countries_id_key UNIQUE, iso char(2) NOT NULL PRIMARY KEY);
CREATE TABLE cities (id integer PRIMARY KEY, country_id integer REFERENCES countries (id));
