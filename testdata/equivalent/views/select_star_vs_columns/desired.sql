-- SELECT * and t.* in views are expanded by PostgreSQL into the column list
CREATE TABLE t (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW v AS SELECT * FROM t;
CREATE VIEW w AS SELECT t.*, u.name AS other FROM t JOIN t u USING (id) ;
