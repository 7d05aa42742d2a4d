CREATE UNLOGGED TABLE events (id bigint PRIMARY KEY, payload jsonb);
