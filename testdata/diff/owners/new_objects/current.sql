CREATE TABLE kept (id integer PRIMARY KEY);
GRANT SELECT ON kept TO pgs_own_a;
