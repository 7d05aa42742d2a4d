CREATE OR REPLACE VIEW user_orders AS
SELECT u.id, order_count(u.id) AS orders
FROM users u;
