-- function attributes change without the body: volatility, STRICT, SECURITY DEFINER, SET search_path added/changed/removed, COST, PARALLEL, procedure SECURITY DEFINER
CREATE SCHEMA app;
CREATE FUNCTION app.norm(t text) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$ SELECT lower(t) $$;
CREATE FUNCTION app.lookup(k text) RETURNS text LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT k $$;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE sql SET search_path = public AS $$ SELECT current_user::text $$;
CREATE FUNCTION app.heavy(n integer) RETURNS integer LANGUAGE sql COST 1000 SET work_mem = '64MB' AS $$ SELECT n $$;
CREATE PROCEDURE app.job() LANGUAGE sql SECURITY DEFINER SET search_path = app AS $$ SELECT 1 $$;
