-- make a unique constraint and a foreign key deferrable
CREATE TABLE slots (id integer PRIMARY KEY, position integer NOT NULL, CONSTRAINT slots_position_key UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE);
CREATE TABLE bookings (id integer PRIMARY KEY, slot_id integer CONSTRAINT bookings_slot_fkey REFERENCES slots (id) DEFERRABLE INITIALLY DEFERRED);
