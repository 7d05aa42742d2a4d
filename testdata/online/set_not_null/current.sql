CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);
INSERT INTO users SELECT g, 'u' || g || '@example.com', 'n' || g FROM generate_series(1, 2000) g;
