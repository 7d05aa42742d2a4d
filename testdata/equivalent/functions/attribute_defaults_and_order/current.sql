CREATE FUNCTION add(a integer, b integer DEFAULT 0) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$;
CREATE FUNCTION noisy(x text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN x; END $$;
CREATE PROCEDURE p(n bigint) LANGUAGE sql AS $$ SELECT n $$;
