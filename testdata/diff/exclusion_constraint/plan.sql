SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: adding EXCLUDE reservations_no_overlap builds its index on table public.reservations while blocking writes
ALTER TABLE public.reservations ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&);

-- hazard blocking-scan: adding EXCLUDE reservations_seats_excl builds its index on table public.reservations while blocking writes
ALTER TABLE public.reservations ADD CONSTRAINT reservations_seats_excl EXCLUDE USING gist (seats WITH &&) WHERE ((seats IS NOT NULL));

