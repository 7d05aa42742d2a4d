CREATE TABLE events (id bigint, payload text);
INSERT INTO events SELECT g, 'p' || g FROM generate_series(1, 2000) g;
