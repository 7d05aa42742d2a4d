ALTER TABLE public.bookings DROP CONSTRAINT bookings_slot_fkey;

ALTER TABLE public.slots DROP CONSTRAINT slots_position_key;

-- hazard blocking-scan: adding UNIQUE slots_position_key builds its index on table public.slots while blocking writes
ALTER TABLE public.slots ADD CONSTRAINT slots_position_key UNIQUE ("position") DEFERRABLE;

ALTER TABLE public.bookings ADD CONSTRAINT bookings_slot_fkey FOREIGN KEY (slot_id) REFERENCES public.slots(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_slot_fkey;

