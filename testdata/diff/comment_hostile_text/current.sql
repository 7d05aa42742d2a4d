CREATE TABLE t (id integer, v text);
COMMENT ON TABLE t IS 'plain';
