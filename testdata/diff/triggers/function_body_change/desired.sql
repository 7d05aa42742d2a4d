-- trigger functions change their bodies (CREATE OR REPLACE FUNCTION); the triggers using them are unchanged and must not be dropped
CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new', total numeric NOT NULL DEFAULT 0, note text, updated_at timestamptz);
CREATE TABLE order_log (order_id integer, op text, at timestamptz DEFAULT now());

CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_log (order_id, op, at) VALUES (COALESCE(NEW.id, OLD.id), lower(TG_OP), clock_timestamp());
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_log AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
