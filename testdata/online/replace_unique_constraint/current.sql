CREATE TABLE slots (id bigint PRIMARY KEY, room int NOT NULL, day date NOT NULL, CONSTRAINT slots_room_key UNIQUE (room));
INSERT INTO slots SELECT g, g, date '2026-01-01' FROM generate_series(1, 2000) g;
