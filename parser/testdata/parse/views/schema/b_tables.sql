CREATE SCHEMA app;
CREATE SCHEMA "Report";
CREATE TYPE app.mood AS ENUM ('x', 'y');
CREATE TABLE app.users (id int PRIMARY KEY, name text, active boolean);
CREATE TABLE app.orders (id int REFERENCES app.users, amount numeric);
CREATE FUNCTION app.initials(text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN left($1, 1); END $$;
