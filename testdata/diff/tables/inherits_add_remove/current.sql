CREATE TABLE base (id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE audited (who text NOT NULL);
CREATE TABLE a (id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), name text);
CREATE TABLE b (name text) INHERITS (base);
CREATE TABLE c (who text NOT NULL, note text) INHERITS (base);
