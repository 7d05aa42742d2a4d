-- a new collation used by a new domain, a range type, an index on an existing table, and a column of a new table: each created after it
CREATE COLLATION "case_insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN email AS text COLLATE "case_insensitive" CHECK (VALUE LIKE '%@%');
CREATE TYPE textrange AS RANGE (subtype = text, collation = "case_insensitive");
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_ci_idx ON users (email COLLATE "case_insensitive");
CREATE TABLE contacts (id integer PRIMARY KEY, address email);
