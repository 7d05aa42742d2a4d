SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public VERSION '1.8';

CREATE TYPE public.timerange AS RANGE (SUBTYPE = time without time zone, MULTIRANGE_TYPE_NAME = public.timemultirange);

CREATE TABLE public.bookings (
    room integer NOT NULL,
    during public.timerange NOT NULL,
    CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&)
);

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

-- hazard data-loss: drops type public.old_range
DROP TYPE public.old_range;

