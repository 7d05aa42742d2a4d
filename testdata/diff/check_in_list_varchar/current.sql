CREATE TABLE shipments (id integer PRIMARY KEY, carrier varchar(10), kind text);
