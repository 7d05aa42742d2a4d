CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
CREATE TABLE archive (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (published);
CREATE POLICY p_old ON notes FOR DELETE TO pgs_pol_admin USING (true);
ALTER TABLE archive ENABLE ROW LEVEL SECURITY;
CREATE POLICY archive_owner ON archive USING (owner = current_user);
