-- policies spelled differently: AS PERMISSIVE, FOR ALL and TO PUBLIC spelled out, CURRENT_USER case, extra parentheses, IN vs = ANY, quoted role name, policy before ENABLE RLS
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, status text, n integer);
CREATE POLICY own ON notes AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));
CREATE POLICY readable ON public.notes FOR SELECT TO "pgs_eqpol_reader" USING (((status = ANY (ARRAY['open', 'done'])) and (n > 0)));
CREATE POLICY ins ON notes AS permissive FOR INSERT WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
