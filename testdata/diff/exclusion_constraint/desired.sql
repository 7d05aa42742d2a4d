-- add an exclusion constraint on a tsrange column with gist, and one on int4range
CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL, seats int4range,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&),
    EXCLUDE USING gist (seats WITH &&) WHERE (seats IS NOT NULL));
