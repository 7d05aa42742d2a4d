CREATE TABLE parents (id integer PRIMARY KEY, children integer NOT NULL DEFAULT 0);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents);
CREATE FUNCTION check_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM parents WHERE id = NEW.parent_id) THEN
    RAISE EXCEPTION 'no parent %', NEW.parent_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER children_parent AFTER INSERT ON children NOT DEFERRABLE FOR EACH ROW EXECUTE FUNCTION check_parent();
CREATE CONSTRAINT TRIGGER children_old AFTER DELETE ON children FOR EACH ROW EXECUTE FUNCTION check_parent();
