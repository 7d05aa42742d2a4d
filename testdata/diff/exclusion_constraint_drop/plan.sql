ALTER TABLE public.reservations DROP CONSTRAINT reservations_no_overlap;

