CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&));
