CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE balance_log (n bigint, at timestamptz DEFAULT now());
CREATE FUNCTION count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO balance_log (n) SELECT count(*) FROM new_rows;
  RETURN NULL;
END
$$;
CREATE VIEW accounts_v AS SELECT id, balance FROM accounts;
CREATE FUNCTION accounts_v_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO accounts (id, balance) VALUES (NEW.id, NEW.balance);
  RETURN NEW;
END
$$;
CREATE TRIGGER accounts_count AFTER INSERT ON accounts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_changed();
