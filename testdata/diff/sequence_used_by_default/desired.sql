-- a new sequence used in a column default, with comment
CREATE SEQUENCE order_number_seq START WITH 10000;
COMMENT ON SEQUENCE order_number_seq IS 'human friendly order numbers';
CREATE TABLE orders (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('order_number_seq'));
