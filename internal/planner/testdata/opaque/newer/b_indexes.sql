CREATE INDEX bookings_room ON bookings (room_id);
COMMENT ON COLUMN bookings.details IS 'nights and guests';
-- PostgreSQL 17: JSON_TABLE
CREATE VIEW booking_nights AS
    SELECT b.room_id, j.nights
    FROM bookings b, JSON_TABLE(b.details, '$' COLUMNS (nights int PATH '$.nights')) AS j;
CREATE VIEW rooms_booked AS SELECT DISTINCT room_id FROM booking_nights;
