CREATE DOMAIN old_code AS varchar(8);
CREATE DOMAIN kept_email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE users (id integer PRIMARY KEY, email kept_email);
