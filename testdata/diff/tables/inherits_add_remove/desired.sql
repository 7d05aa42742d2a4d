-- inheritance: a table starts inheriting from an existing parent (ALTER TABLE INHERIT), one stops (NO INHERIT, its columns kept as local columns), one gains a second parent
CREATE TABLE base (id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE audited (who text NOT NULL);
CREATE TABLE a (id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), name text) INHERITS (base);
CREATE TABLE b (id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), name text);
CREATE TABLE c (who text NOT NULL, note text) INHERITS (base, audited);
