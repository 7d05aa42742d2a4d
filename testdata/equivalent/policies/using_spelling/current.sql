CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, status text, n integer);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON notes USING (owner = current_user);
CREATE POLICY readable ON notes FOR SELECT TO pgs_eqpol_reader USING (status IN ('open', 'done') AND n > 0);
CREATE POLICY ins ON notes FOR INSERT WITH CHECK (owner = current_user);
