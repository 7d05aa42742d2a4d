-- Views over views over a table, written before the table and in reverse order.
CREATE VIEW "Report"."top users" ("User Id", total) WITH (security_barrier) AS
    SELECT id, sum(amount) FROM app.active_users JOIN app.orders USING (id) GROUP BY id;

-- pgshape:renamed-from current_users
CREATE OR REPLACE VIEW app.active_users AS
    SELECT u.id, u.name, app.initials(u.name) AS "Initials", 'x'::app.mood AS mood
    FROM app.users u WHERE u.active;

CREATE MATERIALIZED VIEW app.user_counts WITH (fillfactor = 70) AS
    SELECT count(*) AS n, (SELECT max(id) FROM app.orders) FROM app.active_users
    WITH NO DATA;
CREATE UNIQUE INDEX ON app.user_counts (n);
ALTER MATERIALIZED VIEW app.user_counts SET (autovacuum_enabled = false);
ALTER VIEW app.active_users SET (security_invoker = true);
ALTER VIEW app.active_users OWNER TO CURRENT_USER;
CREATE VIEW app.everything AS SELECT * FROM app.users;
CREATE VIEW app.numbers AS VALUES (1, 'one'), (2, 'two');
CREATE VIEW app.active_only AS SELECT * FROM app.users WHERE active WITH LOCAL CHECK OPTION;
CREATE VIEW app.active_checked AS SELECT * FROM app.active_only WITH CHECK OPTION;
