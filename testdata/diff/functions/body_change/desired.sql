-- bodies change (plpgsql, sql, procedure, one used by a view): CREATE OR REPLACE, nothing dropped
CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL DEFAULT 0);
CREATE FUNCTION bump(n text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v bigint;
BEGIN
  INSERT INTO counters AS c (name, value) VALUES (n, 1)
  ON CONFLICT (name) DO UPDATE SET value = c.value + 1
  RETURNING value INTO v;
  RETURN v;
END
$$;
CREATE FUNCTION greeting(who text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hi, ' || who || '!' $$;
CREATE PROCEDURE reset_all() LANGUAGE sql AS $$ UPDATE counters SET value = 0 WHERE value <> 0 $$;
CREATE VIEW greetings AS SELECT name, greeting(name) AS g FROM counters;
