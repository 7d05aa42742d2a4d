CREATE TABLE t (a bigint, b int8, id bigserial);
