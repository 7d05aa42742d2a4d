SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SCHEMA zz_shop;

CREATE TYPE zz_shop.z_status AS ENUM ('new', 'done');

CREATE TABLE zz_shop.a_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    status zz_shop.z_status,
    CONSTRAINT a_lines_pkey PRIMARY KEY (order_id, line_no)
);

CREATE TABLE zz_shop.m_orders (
    id integer NOT NULL,
    status zz_shop.z_status DEFAULT 'new'::zz_shop.z_status NOT NULL,
    customer_id integer NOT NULL,
    CONSTRAINT m_orders_pkey PRIMARY KEY (id)
);

CREATE TABLE zz_shop.z_customers (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT z_customers_pkey PRIMARY KEY (id)
);

CREATE INDEX a_lines_status_idx ON zz_shop.a_lines USING btree (status);

ALTER TABLE zz_shop.a_lines ADD CONSTRAINT a_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES zz_shop.m_orders(id) ON DELETE CASCADE;

ALTER TABLE zz_shop.m_orders ADD CONSTRAINT m_orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES zz_shop.z_customers(id);

