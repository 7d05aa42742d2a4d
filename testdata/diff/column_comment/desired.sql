-- add, change and remove column comments
CREATE TABLE users (id integer PRIMARY KEY, email text, name text, age integer);
COMMENT ON COLUMN users.email IS 'login, unique per tenant';
COMMENT ON COLUMN users.name IS 'display name';
