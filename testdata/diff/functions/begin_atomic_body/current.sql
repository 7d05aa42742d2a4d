CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL, reserved integer NOT NULL DEFAULT 0);
CREATE FUNCTION available(s text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT qty FROM stock WHERE sku = s;
END;
CREATE FUNCTION plain_to_atomic(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a * 2 $$;
CREATE PROCEDURE restock(s text, n integer) LANGUAGE sql
BEGIN ATOMIC
  UPDATE stock SET qty = qty + n WHERE sku = s;
END;
