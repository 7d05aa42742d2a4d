CREATE TABLE blobs (id integer PRIMARY KEY, data text) WITH (toast.autovacuum_enabled = false, toast_tuple_target = 4096);
CREATE TABLE docs (id integer PRIMARY KEY, body text);
