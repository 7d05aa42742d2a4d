-- a function and a procedure are dropped, a function, a plpgsql procedure with INOUT and default arguments and a function returning TABLE are created
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL);
CREATE FUNCTION kept(a text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) $$;
CREATE FUNCTION add_numbers(a integer, b integer DEFAULT 0) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE PROCEDURE log_message(msg text, INOUT logged integer DEFAULT NULL)
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit (msg) VALUES (msg);
  logged := 1;
END
$$;
CREATE FUNCTION audit_since(first_id bigint) RETURNS TABLE (id bigint, msg text) LANGUAGE sql STABLE AS $$
  SELECT id, msg FROM audit WHERE id >= first_id
$$;
