CREATE TABLE rooms (id int PRIMARY KEY);

-- PostgreSQL 17: SQL/JSON's JSON_VALUE ... RETURNING, which PostgreSQL 16's grammar does not read
CREATE TABLE bookings (
    room_id int REFERENCES rooms,
    details jsonb NOT NULL,
    CONSTRAINT details_nights CHECK (JSON_VALUE(details, '$.nights' RETURNING int) > 0)
);
