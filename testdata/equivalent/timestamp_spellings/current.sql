CREATE TABLE t (a timestamptz, b timestamp, c timestamptz(3), d timetz, e time);
