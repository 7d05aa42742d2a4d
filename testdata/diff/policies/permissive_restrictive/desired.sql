-- a permissive policy becomes restrictive and a restrictive one permissive (no ALTER POLICY for it: drop and create), a new restrictive policy is added
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (owner = current_user);
CREATE POLICY notes_team ON notes AS RESTRICTIVE FOR SELECT USING (team IS NOT NULL);
CREATE POLICY notes_not_draft ON notes AS PERMISSIVE FOR SELECT USING (body IS NOT NULL);
CREATE POLICY notes_writer_only ON notes AS RESTRICTIVE FOR UPDATE TO pgs_pol_writer USING (owner = current_user) WITH CHECK (owner = current_user);
