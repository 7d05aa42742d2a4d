CREATE TABLE slots (id integer PRIMARY KEY, position integer NOT NULL, CONSTRAINT slots_position_key UNIQUE (position));
CREATE TABLE bookings (id integer PRIMARY KEY, slot_id integer CONSTRAINT bookings_slot_fkey REFERENCES slots (id));
