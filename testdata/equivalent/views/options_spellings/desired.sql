-- view options spelled differently: bare security_barrier is true, WITH CHECK OPTION is CASCADED, OR REPLACE on a new view, materialized views default to WITH DATA
CREATE TABLE t (id integer PRIMARY KEY, owner text);
CREATE OR REPLACE VIEW v1 WITH (security_barrier) AS SELECT id, owner FROM t WHERE id > 0 WITH CHECK OPTION;
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
