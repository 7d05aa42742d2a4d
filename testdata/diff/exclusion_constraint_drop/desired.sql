-- drop an exclusion constraint
CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL);
