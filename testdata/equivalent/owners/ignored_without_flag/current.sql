CREATE SCHEMA app AUTHORIZATION pgs_own_a;
CREATE TABLE app.t (id integer);
ALTER TABLE app.t OWNER TO pgs_own_a;
CREATE COLLATION app.c (provider = libc, locale = 'C');
ALTER COLLATION app.c OWNER TO pgs_own_a;
