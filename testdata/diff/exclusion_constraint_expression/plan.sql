SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_case;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: adding EXCLUDE bookings_room_case builds its index on table public.bookings while blocking writes
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_case EXCLUDE USING gist (lower(room) WITH =, tsrange(starts, ends) WITH &&) WHERE ((room <> ''::text));

-- hazard blocking-scan: adding EXCLUDE bookings_span builds its index on table public.bookings while blocking writes
ALTER TABLE public.bookings ADD CONSTRAINT bookings_span EXCLUDE USING gist (room WITH =, tsrange(starts, ends, '[]'::text) WITH &&);

