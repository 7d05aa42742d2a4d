CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CONSTRAINT users_email_key UNIQUE);
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';
