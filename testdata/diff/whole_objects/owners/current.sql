-- owners of the kinds compared as a whole change in place (ALTER ... OWNER TO); kinds without an owner (casts, rules, user mappings) have none to compare
CREATE SCHEMA app;
CREATE TABLE app.t (id integer, name text);
CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
ALTER AGGREGATE app.total(integer) OWNER TO pgs_own_a;
CREATE FUNCTION app.ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT lower($1) = lower($2)';
CREATE OPERATOR app.=== (FUNCTION = app.ci_eq, LEFTARG = text, RIGHTARG = text);
CREATE TEXT SEARCH DICTIONARY app.simple_en (TEMPLATE = simple, STOPWORDS = english);
ALTER TEXT SEARCH DICTIONARY app.simple_en OWNER TO pgs_own_a;
CREATE STATISTICS app.t_stats ON id, name FROM app.t;
CREATE FOREIGN DATA WRAPPER owners_fdw;
CREATE SERVER owners_srv FOREIGN DATA WRAPPER owners_fdw;
ALTER SERVER owners_srv OWNER TO pgs_own_a;
CREATE FOREIGN TABLE app.remote (id integer) SERVER owners_srv;
CREATE PUBLICATION owners_pub FOR TABLE app.t;
