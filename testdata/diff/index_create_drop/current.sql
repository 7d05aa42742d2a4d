CREATE TABLE users (id integer PRIMARY KEY, email text, last_login timestamptz, city text);
CREATE INDEX users_city_idx ON users (city);
