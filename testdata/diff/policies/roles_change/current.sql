CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT TO pgs_pol_reader USING (published);
CREATE POLICY p_write ON notes FOR INSERT TO pgs_pol_writer, pgs_pol_admin WITH CHECK (owner = current_user);
CREATE POLICY p_public ON notes FOR SELECT USING (team = 'public');
