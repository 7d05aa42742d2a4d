CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE DOMAIN app.d AS int;
CREATE SEQUENCE app.ids;
CREATE TABLE app.users (id int, name text);
CREATE VIEW app.user_names AS SELECT name FROM app.users;
CREATE FUNCTION app.f(a integer) RETURNS int LANGUAGE sql RETURN a;
CREATE FUNCTION app.f(a text) RETURNS text LANGUAGE sql RETURN a;
CREATE PROCEDURE app.p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
