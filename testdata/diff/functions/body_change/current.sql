CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL DEFAULT 0);
CREATE FUNCTION bump(n text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v bigint;
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = n RETURNING value INTO v;
  RETURN v;
END
$$;
CREATE FUNCTION greeting(who text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || who $$;
CREATE PROCEDURE reset_all() LANGUAGE sql AS $$ UPDATE counters SET value = 0 $$;
CREATE VIEW greetings AS SELECT name, greeting(name) AS g FROM counters;
