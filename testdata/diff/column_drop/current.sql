CREATE TABLE users (id integer PRIMARY KEY, legacy_code text, age integer CHECK (age > 0), email text);
CREATE INDEX users_legacy_code_idx ON users (legacy_code);
