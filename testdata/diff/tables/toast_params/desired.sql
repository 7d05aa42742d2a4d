-- TOAST-related parameters: toast.* reset, toast_tuple_target changed, toast.autovacuum_vacuum_cost_delay set on another table
CREATE TABLE blobs (id integer PRIMARY KEY, data text) WITH (toast_tuple_target = 2048);
CREATE TABLE docs (id integer PRIMARY KEY, body text) WITH (toast.autovacuum_vacuum_cost_delay = 5);
