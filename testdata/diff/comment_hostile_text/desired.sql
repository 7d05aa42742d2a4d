-- comment texts with quotes, backslashes, dollar signs, newlines and unicode
CREATE TABLE t (id integer, v text);
COMMENT ON TABLE t IS 'it''s "quoted" \ back\slash $$ dollar $1 ; DROP TABLE t; --';
COMMENT ON COLUMN t.v IS 'line one
line two	tab — em dash, ünïcödé, 日本語, emoji 🎉';
COMMENT ON COLUMN t.id IS '';
