-- ALTER TABLE ... OWNER TO on a view, a materialized view and sequences, as PostgreSQL accepts and older pg_dump wrote
CREATE TABLE items (id serial PRIMARY KEY, name text);
CREATE SEQUENCE tickets;
ALTER TABLE tickets OWNER TO pgs_own_c;
CREATE VIEW names AS SELECT name FROM items;
ALTER TABLE names OWNER TO pgs_own_c;
CREATE MATERIALIZED VIEW counts AS SELECT count(*) AS n FROM items;
ALTER TABLE public.counts OWNER TO pgs_own_c;
