-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.bookings DROP CONSTRAINT bookings_slot_fkey;

ALTER TABLE public.bookings ADD CONSTRAINT bookings_slot_fkey FOREIGN KEY (slot_id) REFERENCES public.slots(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_slot_fkey;

-- hazard index-build: builds the index of UNIQUE slots_position_key on existing table public.slots concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY slots_position_key_pgshape_new ON public.slots USING btree ("position");

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.slots DROP CONSTRAINT slots_position_key, ADD CONSTRAINT slots_position_key UNIQUE USING INDEX slots_position_key_pgshape_new DEFERRABLE;

RESET lock_timeout;
RESET statement_timeout;
