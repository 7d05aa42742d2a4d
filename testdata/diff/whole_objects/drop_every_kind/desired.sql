CREATE SCHEMA app;
CREATE TABLE app.t (id integer, name text);
