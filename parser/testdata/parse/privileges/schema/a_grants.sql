-- Grants written before the objects they are on.
GRANT SELECT, INSERT ON app.users, app.user_names TO app_reader, "Odd ""Role""";
GRANT ALL ON TABLE app.users TO app_admin WITH GRANT OPTION;
REVOKE DELETE ON app.users FROM app_admin;
REVOKE GRANT OPTION FOR TRUNCATE ON app.users FROM app_admin;
GRANT UPDATE (name), SELECT (id, name) ON app.users TO PUBLIC;
REVOKE UPDATE ON app.users FROM PUBLIC;
GRANT USAGE, SELECT ON SEQUENCE app.ids TO app_reader;
GRANT EXECUTE ON FUNCTION app.f(integer) TO app_reader;
REVOKE ALL ON FUNCTION app.f(int4) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION app.f(text) FROM PUBLIC;
GRANT ALL ON PROCEDURE app.p TO app_admin;
GRANT USAGE ON SCHEMA app TO PUBLIC;
GRANT CREATE ON SCHEMA public TO app_admin;
GRANT USAGE ON TYPE app.mood TO app_reader;
GRANT USAGE ON DOMAIN app.d TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;
ALTER SCHEMA app OWNER TO app_admin;
ALTER TYPE app.mood OWNER TO app_admin;
ALTER FUNCTION app.f(text) OWNER TO app_admin;
ALTER TABLE app.users OWNER TO app_admin;
-- The sequences of identity and serial columns, never declared: the identity ones
-- are not in the model, the statements are kept and load after their tables.
GRANT USAGE ON SEQUENCE app.tickets_id_seq TO app_reader;
GRANT SELECT ON app.ticket_codes TO app_reader;
GRANT UPDATE ON SEQUENCE app.tickets_n_seq TO app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE app_admin, "Odd ""Role""" GRANT ALL ON SEQUENCES TO app_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE app_admin REVOKE GRANT OPTION FOR UPDATE ON SEQUENCES FROM app_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON ROUTINES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO app_reader;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO app_reader;
