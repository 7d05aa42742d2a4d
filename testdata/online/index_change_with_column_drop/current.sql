CREATE TABLE t (id int PRIMARY KEY, fizz int, buzz int);
CREATE INDEX t_idx ON t USING hash (fizz);
INSERT INTO t SELECT g, g, g FROM generate_series(1, 2000) g;
