CREATE SCHEMA app;
CREATE TABLE app.orders (id int, amount numeric, owner text);
CREATE TABLE app.members (name text);
CREATE FUNCTION app.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.may_write(text) RETURNS boolean LANGUAGE sql RETURN true;
