CREATE TABLE a (id integer PRIMARY KEY, v text);
CREATE TABLE b (id integer PRIMARY KEY, w text);
CREATE INDEX a_v_idx ON a (v);
CREATE INDEX b_w_idx ON b (w);
COMMENT ON TABLE a IS 'A';
COMMENT ON TABLE b IS 'B';
