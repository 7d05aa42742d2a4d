-- a view loses a middle column and another renames one: both need DROP VIEW and CREATE VIEW, and the view over the first is dropped and recreated around it
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, name text, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW account_list AS SELECT id, email, created_at FROM accounts;
CREATE VIEW account_emails AS SELECT id, email AS address FROM accounts;
CREATE VIEW account_ids AS SELECT id FROM account_list;
