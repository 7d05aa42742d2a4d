CREATE TABLE app.items (id int PRIMARY KEY, order_id int, sku text);
CREATE TABLE app.orders (id int);
ALTER TABLE app.orders ADD PRIMARY KEY (id);
