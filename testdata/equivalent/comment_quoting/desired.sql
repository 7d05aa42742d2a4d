-- comment strings spelled with '' doubling, E'' escapes and dollar quoting
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS $$it's mine$$;
COMMENT ON COLUMN t.id IS E'line1\nline2';
