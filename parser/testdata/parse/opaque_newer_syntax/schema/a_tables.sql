CREATE TABLE rooms (id int PRIMARY KEY);
-- PostgreSQL 18: a virtual generated column; PostgreSQL 17: WITHOUT OVERLAPS
CREATE TABLE bookings (
    room_id int REFERENCES rooms,
    during tstzrange NOT NULL,
    nights int GENERATED ALWAYS AS (upper(during)::date - lower(during)::date) VIRTUAL
);
CREATE FUNCTION booking_count() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
    SELECT count(*) FROM bookings;
END;
CREATE TABLE guests (id int PRIMARY KEY);
