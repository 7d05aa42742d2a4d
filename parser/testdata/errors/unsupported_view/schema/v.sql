-- views are not modelled yet

CREATE VIEW active_users AS SELECT 1 AS one;
