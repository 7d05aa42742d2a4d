CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE gone (id integer PRIMARY KEY, payload text);
CREATE INDEX gone_payload_idx ON gone (payload);
