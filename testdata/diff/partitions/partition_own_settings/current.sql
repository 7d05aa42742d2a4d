CREATE TABLE t (id int, state text DEFAULT 'new', note text) PARTITION BY LIST (state);
CREATE TABLE t_new PARTITION OF t FOR VALUES IN ('new');
