CREATE TABLE events (id bigint PRIMARY KEY, token text, tags text[], payload jsonb, at timestamptz, during tstzrange, loc point);
