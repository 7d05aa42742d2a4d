-- Triggers written before their function and their table.
CREATE TRIGGER "Audit ""all""" AFTER INSERT OR UPDATE OF amount OR DELETE ON app.orders
    FOR EACH STATEMENT EXECUTE FUNCTION app.audit();
CREATE TRIGGER new_rows AFTER INSERT ON app.orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.audit();
CREATE OR REPLACE TRIGGER touch BEFORE UPDATE ON app.orders
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE PROCEDURE app.touch('a', 1);
CREATE CONSTRAINT TRIGGER check_later AFTER INSERT ON app.orders
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.audit();
ALTER TABLE app.orders DISABLE TRIGGER touch;
ALTER TABLE app.orders ENABLE REPLICA TRIGGER "Audit ""all""";
ALTER TABLE app.orders ENABLE ALWAYS TRIGGER check_later;

ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON app.orders AS RESTRICTIVE FOR UPDATE TO app_user, CURRENT_USER
    USING (owner = current_user) WITH CHECK (app.may_write(owner));
CREATE POLICY members ON app.orders
    USING (EXISTS (SELECT FROM app.members m WHERE m.name = owner));
