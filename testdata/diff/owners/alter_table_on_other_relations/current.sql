CREATE TABLE items (id serial PRIMARY KEY, name text);
CREATE SEQUENCE tickets;
CREATE VIEW names AS SELECT name FROM items;
CREATE MATERIALIZED VIEW counts AS SELECT count(*) AS n FROM items;
