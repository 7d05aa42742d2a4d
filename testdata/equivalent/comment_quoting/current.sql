CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'it''s mine';
COMMENT ON COLUMN t.id IS 'line1
line2';
