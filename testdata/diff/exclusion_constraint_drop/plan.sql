SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.reservations DROP CONSTRAINT reservations_no_overlap;

