-- indexes with hash, gin, brin and gist methods
CREATE TABLE events (id bigint PRIMARY KEY, token text, tags text[], payload jsonb, at timestamptz, during tstzrange, loc point);
CREATE INDEX events_token_hash_idx ON events USING hash (token);
CREATE INDEX events_tags_idx ON events USING gin (tags);
CREATE INDEX events_payload_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_at_brin_idx ON events USING brin (at) WITH (pages_per_range = 32);
CREATE INDEX events_during_idx ON events USING gist (during);
CREATE INDEX events_loc_idx ON events USING gist (loc);
