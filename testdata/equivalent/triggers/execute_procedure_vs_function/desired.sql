-- EXECUTE PROCEDURE is EXECUTE FUNCTION, FOR ROW is FOR EACH ROW, a missing FOR EACH means STATEMENT, event order and case do not matter, public. qualification is dropped
CREATE TABLE t (id integer PRIMARY KEY, status text, n integer);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
create trigger A before update or insert on public.t for row execute procedure trg();
CREATE TRIGGER b AFTER DELETE ON t EXECUTE PROCEDURE public.trg();
CREATE TRIGGER c AFTER UPDATE OF status ON t FOR EACH ROW EXECUTE PROCEDURE trg(x);
