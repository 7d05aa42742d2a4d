-- new schema, new enum, new tables with FKs; names sort opposite to dependency order
CREATE TABLE unrelated (id integer);
CREATE SCHEMA zz_shop;
CREATE TYPE zz_shop.z_status AS ENUM ('new', 'done');
CREATE TABLE zz_shop.z_customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE zz_shop.m_orders (id integer PRIMARY KEY, status zz_shop.z_status NOT NULL DEFAULT 'new',
    customer_id integer NOT NULL REFERENCES zz_shop.z_customers (id));
CREATE TABLE zz_shop.a_lines (order_id integer NOT NULL REFERENCES zz_shop.m_orders (id) ON DELETE CASCADE,
    line_no integer NOT NULL, status zz_shop.z_status, PRIMARY KEY (order_id, line_no));
CREATE INDEX a_lines_status_idx ON zz_shop.a_lines (status);
