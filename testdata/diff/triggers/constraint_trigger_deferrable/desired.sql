-- constraint triggers: one becomes DEFERRABLE INITIALLY DEFERRED, one is dropped, one created DEFERRABLE INITIALLY IMMEDIATE with FROM (referenced table)
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
CREATE CONSTRAINT TRIGGER children_parent AFTER INSERT ON children DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_parent();
CREATE CONSTRAINT TRIGGER children_parent_update AFTER UPDATE OF parent_id ON children FROM parents DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION check_parent();
