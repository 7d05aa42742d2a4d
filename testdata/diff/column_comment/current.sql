CREATE TABLE users (id integer PRIMARY KEY, email text, name text, age integer);
COMMENT ON COLUMN users.name IS 'full name';
COMMENT ON COLUMN users.age IS 'in years';
