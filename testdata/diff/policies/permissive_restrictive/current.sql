CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (owner = current_user);
CREATE POLICY notes_team ON notes AS PERMISSIVE FOR SELECT USING (team IS NOT NULL);
CREATE POLICY notes_not_draft ON notes AS RESTRICTIVE FOR SELECT USING (body IS NOT NULL);
