CREATE TABLE t (id int, state text DEFAULT 'new', note text) PARTITION BY LIST (state);
CREATE TABLE t_new PARTITION OF t (note WITH OPTIONS DEFAULT 'fresh' NOT NULL, id WITH OPTIONS NOT NULL) FOR VALUES IN ('new');
COMMENT ON TABLE t_new IS 'rows not yet processed';
