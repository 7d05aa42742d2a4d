CREATE EXTENSION hstore;
CREATE TABLE items (id integer PRIMARY KEY, attrs hstore);
