-- one policy per command (SELECT, INSERT, UPDATE, DELETE, ALL); p_write changes command INSERT -> UPDATE and p_all ALL -> DELETE, which needs drop and create
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (published);
CREATE POLICY p_write ON notes FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY p_all ON notes FOR DELETE TO pgs_pol_admin USING (true);
CREATE POLICY p_insert ON notes FOR INSERT TO pgs_pol_writer WITH CHECK (owner = current_user AND NOT published);
CREATE POLICY p_admin ON notes FOR ALL TO pgs_pol_admin USING (true) WITH CHECK (true);
