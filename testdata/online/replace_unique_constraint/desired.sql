CREATE TABLE slots (id bigint PRIMARY KEY, room int NOT NULL, day date NOT NULL, CONSTRAINT slots_room_key UNIQUE (room, day) DEFERRABLE INITIALLY DEFERRED);
