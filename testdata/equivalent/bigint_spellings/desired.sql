-- bigint / int8, bigserial / serial8
CREATE TABLE t (a int8, b bigint, id serial8);
