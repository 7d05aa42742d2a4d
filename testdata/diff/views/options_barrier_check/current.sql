CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL, secret boolean NOT NULL DEFAULT false, body text);
CREATE VIEW public_docs AS SELECT id, owner, body FROM docs WHERE NOT secret;
CREATE VIEW owner_docs WITH (security_barrier) AS SELECT id, owner FROM docs WHERE owner = current_user;
CREATE VIEW small_docs AS SELECT id, owner, secret, body FROM docs WHERE id < 100 WITH LOCAL CHECK OPTION;
CREATE VIEW tiny_docs AS SELECT id, owner, secret, body FROM small_docs WHERE id < 10 WITH CHECK OPTION;
