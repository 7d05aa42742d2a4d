CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room text NOT NULL, starts timestamp NOT NULL, ends timestamp NOT NULL,
    CONSTRAINT bookings_room_case EXCLUDE USING gist (lower(room) WITH =, tsrange(starts, ends) WITH &&));
