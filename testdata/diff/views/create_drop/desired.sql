-- a view is dropped, another created, a third left alone
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL);
CREATE VIEW customers AS SELECT DISTINCT customer FROM orders;
CREATE VIEW order_totals AS SELECT customer, sum(total) AS total, count(*) AS n FROM orders GROUP BY customer;
