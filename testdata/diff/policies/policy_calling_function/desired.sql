-- policies call functions: a new schema and functions are created before the policies that use them, one existing policy changes to call a function
CREATE SCHEMA auth;
CREATE FUNCTION auth.current_team() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.team', true) $$;
CREATE FUNCTION auth.can_see(owner text, team text) RETURNS boolean LANGUAGE sql STABLE
RETURN owner = current_user OR team = auth.current_team();
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (published OR auth.can_see(owner, team));
CREATE POLICY p_team ON notes FOR INSERT TO pgs_pol_writer WITH CHECK (team = auth.current_team());
