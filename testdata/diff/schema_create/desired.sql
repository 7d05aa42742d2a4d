-- create a new schema holding a table
CREATE TABLE public.keep (id integer PRIMARY KEY);
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
