-- a policy is dropped and FORCE removed; on another table RLS is disabled and its policy dropped
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, team text, body text, published boolean NOT NULL DEFAULT false);
CREATE TABLE archive (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (published);
