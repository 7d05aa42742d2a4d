-- turn an unlogged table into a logged one
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);
