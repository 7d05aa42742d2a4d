CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN code AS text COLLATE ci;
CREATE TABLE tags (name text COLLATE ci, code code);
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE INDEX users_email_ci_idx ON users (email COLLATE ci);
