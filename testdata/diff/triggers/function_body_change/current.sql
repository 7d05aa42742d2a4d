CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new', total numeric NOT NULL DEFAULT 0, note text, updated_at timestamptz);
CREATE TABLE order_log (order_id integer, op text, at timestamptz DEFAULT now());
CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_log (order_id, op) VALUES (COALESCE(NEW.id, OLD.id), TG_OP);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_log AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
