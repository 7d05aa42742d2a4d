CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_all ON notes USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY p_read ON notes FOR SELECT USING (published);
CREATE POLICY p_update ON notes FOR UPDATE USING (owner = current_user);
