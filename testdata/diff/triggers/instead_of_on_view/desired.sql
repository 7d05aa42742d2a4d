-- INSTEAD OF triggers on a view: one created, one dropped
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE VIEW accounts_v AS SELECT id, balance FROM accounts;
CREATE FUNCTION accounts_v_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO accounts (id, balance) VALUES (NEW.id, NEW.balance);
  RETURN NEW;
END
$$;
CREATE TRIGGER accounts_v_insert INSTEAD OF INSERT OR UPDATE ON accounts_v FOR EACH ROW EXECUTE FUNCTION accounts_v_write();
