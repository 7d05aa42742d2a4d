CREATE SCHEMA app;
CREATE FUNCTION app.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION app.lookup(k text) RETURNS text LANGUAGE sql STABLE STRICT AS $$ SELECT k $$;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = app, pg_temp AS $$ SELECT current_user::text $$;
CREATE FUNCTION app.heavy(n integer) RETURNS integer LANGUAGE sql AS $$ SELECT n $$;
CREATE PROCEDURE app.job() LANGUAGE sql AS $$ SELECT 1 $$;
