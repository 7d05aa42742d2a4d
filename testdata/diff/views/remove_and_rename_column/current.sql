CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, name text, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW account_list AS SELECT id, email, name, created_at FROM accounts;
CREATE VIEW account_emails AS SELECT id, email FROM accounts;
CREATE VIEW account_ids AS SELECT id FROM account_list;
