-- Local test data, applied after the shared migrations.
INSERT INTO users VALUES (1, 'dev@example.com');
