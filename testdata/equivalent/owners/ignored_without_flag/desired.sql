-- without --with-owners, owners are ignored: the same objects owned by other roles plan nothing
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
CREATE COLLATION app.c (provider = libc, locale = 'C');
