CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE TABLE c (id integer);
COMMENT ON TABLE b IS 'before';
COMMENT ON TABLE c IS 'gone soon';
