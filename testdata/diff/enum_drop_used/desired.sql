-- drop an enum together with the column that uses it
CREATE TABLE cars (id integer PRIMARY KEY);
