-- trigger WHEN conditions normalised by PostgreSQL: case of OLD/NEW, != for <>, extra parentheses, IN spelled as = ANY
CREATE TABLE t (id integer PRIMARY KEY, status text, n integer);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER w AFTER UPDATE ON t FOR EACH ROW WHEN (((old.status is distinct from new.status)) and (new.n != 0)) EXECUTE FUNCTION trg();
CREATE TRIGGER v BEFORE INSERT ON t FOR EACH ROW WHEN (new.status = ANY (ARRAY['a'::text, 'b'::text])) EXECUTE FUNCTION trg();
