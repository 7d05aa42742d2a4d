-- trigger firing state: DISABLE TRIGGER, ENABLE ALWAYS, ENABLE REPLICA, a disabled trigger enabled again, and a new trigger created disabled
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
CREATE TRIGGER t_disable AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
CREATE TRIGGER t_always AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
CREATE TRIGGER t_replica AFTER DELETE ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
CREATE TRIGGER t_reenable BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER t_new_disabled BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE orders DISABLE TRIGGER t_disable;
ALTER TABLE orders ENABLE ALWAYS TRIGGER t_always;
ALTER TABLE orders ENABLE REPLICA TRIGGER t_replica;
ALTER TABLE orders DISABLE TRIGGER t_new_disabled;
