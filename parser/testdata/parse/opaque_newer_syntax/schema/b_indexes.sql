CREATE INDEX bookings_room ON bookings (room_id);
COMMENT ON TABLE bookings IS 'read back from the scratch database';
CREATE VIEW booked AS SELECT room_id, nights FROM bookings;
