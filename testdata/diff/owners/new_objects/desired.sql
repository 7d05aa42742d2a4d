-- new objects get their owner set right after they are created, whoever runs the plan; a grant made by the old owner survives a change of owner
CREATE TABLE kept (id integer PRIMARY KEY);
ALTER TABLE kept OWNER TO pgs_own_a;
GRANT SELECT ON kept TO pgs_own_a;
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kept_id integer REFERENCES kept);
ALTER TABLE orders OWNER TO pgs_own_a;
CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM orders);
ALTER FUNCTION order_count() OWNER TO pgs_own_a;
CREATE VIEW recent AS SELECT id FROM orders;
