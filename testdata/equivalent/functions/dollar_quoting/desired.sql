-- the same body text quoted three ways: $$, a tagged $body$ quote and a single-quoted string (the stored prosrc is identical)
CREATE FUNCTION f1() RETURNS text LANGUAGE sql AS ' SELECT ''a'' ';
CREATE FUNCTION f2() RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
  RETURN 'it''s';
END
$body$;
