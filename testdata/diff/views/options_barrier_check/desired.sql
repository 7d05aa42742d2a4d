-- view options: security_barrier added and removed, check option changed local -> cascaded and removed
CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL, secret boolean NOT NULL DEFAULT false, body text);
CREATE VIEW public_docs WITH (security_barrier = true) AS SELECT id, owner, body FROM docs WHERE NOT secret;
CREATE VIEW owner_docs AS SELECT id, owner FROM docs WHERE owner = current_user;
CREATE VIEW small_docs AS SELECT id, owner, secret, body FROM docs WHERE id < 100 WITH CASCADED CHECK OPTION;
CREATE VIEW tiny_docs AS SELECT id, owner, secret, body FROM small_docs WHERE id < 10;
