CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO users SELECT g, 'u' || g || '@example.com' FROM generate_series(1, 2000) g;
