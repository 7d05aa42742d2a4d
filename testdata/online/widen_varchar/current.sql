CREATE TABLE users (id bigint PRIMARY KEY, name varchar(50) NOT NULL, code numeric(8,2));
INSERT INTO users SELECT g, 'n' || g, g FROM generate_series(1, 2000) g;
