CREATE TABLE t (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW v AS SELECT id, name, price FROM t;
CREATE VIEW w AS SELECT t.id, t.name, t.price, u.name AS other FROM t JOIN t u USING (id);
