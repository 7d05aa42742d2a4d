-- one object of every kind compared as a whole, created where only the schema and a table exist
CREATE SCHEMA app;
CREATE TABLE app.t (id integer, name text);
