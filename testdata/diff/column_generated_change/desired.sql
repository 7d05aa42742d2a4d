-- change a stored generated column's expression (drop and re-add on PostgreSQL 15)
CREATE TABLE people (id integer PRIMARY KEY, first text, last text,
    full_name text GENERATED ALWAYS AS (last || ', ' || first) STORED);
