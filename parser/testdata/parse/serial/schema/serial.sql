CREATE SCHEMA shop;
CREATE TABLE shop.orders (
    id serial PRIMARY KEY,
    big_id bigserial,
    small_id smallserial NOT NULL
);
-- serial4 and serial8 are the same types under other names
CREATE TABLE t (a serial4, b serial8);
-- a relation named like the sequence PostgreSQL would choose forces a suffix
CREATE TABLE c_x_seq (x int);
CREATE TABLE c (x serial);
