-- independent tables, indexes and comments declared in reverse order
CREATE TABLE b (id integer PRIMARY KEY, w text);
COMMENT ON TABLE b IS 'B';
CREATE INDEX b_w_idx ON b (w);
CREATE TABLE a (id integer PRIMARY KEY, v text);
COMMENT ON TABLE a IS 'A';
CREATE INDEX a_v_idx ON a (v);
