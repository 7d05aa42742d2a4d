-- widen varchar(10) to varchar(50), and varchar(20) to unbounded text
CREATE TABLE users (id integer PRIMARY KEY, code varchar(50) NOT NULL, city text);
CREATE INDEX users_code_idx ON users (code);
