-- every name here was checked against PostgreSQL 15
CREATE TABLE e_c_key (x int);
CREATE TABLE e (a int CHECK (a > b), b int CHECK (b > 0), c int, d text,
  UNIQUE (a) INCLUDE (c, d), UNIQUE (c), UNIQUE (c),
  CHECK (a > 0), CHECK (a > 1),
  EXCLUDE USING btree ((c + 1) WITH =));
CREATE TABLE f (x int, e_a int, e_c int, FOREIGN KEY (e_a) REFERENCES e (a), FOREIGN KEY (e_c) REFERENCES e (c), FOREIGN KEY (e_c) REFERENCES e (c));
ALTER TABLE f ADD COLUMN s serial;
CREATE INDEX ON f (s);
CREATE UNIQUE INDEX ON f (lower(x::text), (x + 1), COALESCE(x, 0), (CASE WHEN x > 0 THEN 1 END));
ALTER TABLE f ADD CONSTRAINT f_x_check CHECK (x > 0), ADD CHECK (x < 10);
-- a unique key repeating the primary key is the same index in PostgreSQL
CREATE TABLE g (id int PRIMARY KEY UNIQUE, x int, UNIQUE (x), CONSTRAINT g_x_named UNIQUE (x));
