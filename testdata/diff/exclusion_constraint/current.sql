CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL, seats int4range);
