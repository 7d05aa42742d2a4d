-- SQL-standard bodies (BEGIN ATOMIC / RETURN): an atomic body changes, a quoted body becomes RETURN, an atomic procedure gains a statement, a new one is created
CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL, reserved integer NOT NULL DEFAULT 0);
CREATE FUNCTION available(s text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT qty - reserved FROM stock WHERE sku = s;
END;
CREATE FUNCTION plain_to_atomic(a integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a * 2;
CREATE PROCEDURE restock(s text, n integer) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO stock (sku, qty) VALUES (s, 0) ON CONFLICT (sku) DO NOTHING;
  UPDATE stock SET qty = qty + n WHERE sku = s;
END;
CREATE FUNCTION total_stock() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(qty) FROM stock;
END;
