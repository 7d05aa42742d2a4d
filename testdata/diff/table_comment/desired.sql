-- add, change and remove table comments
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE TABLE c (id integer);
COMMENT ON TABLE a IS 'new table comment';
COMMENT ON TABLE b IS 'after';
