SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds the index of UNIQUE slots_room_key on existing table public.slots concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY slots_room_key_pgshape_new ON public.slots USING btree (room, day);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.slots DROP CONSTRAINT slots_room_key, ADD CONSTRAINT slots_room_key UNIQUE USING INDEX slots_room_key_pgshape_new DEFERRABLE INITIALLY DEFERRED;

RESET lock_timeout;
RESET statement_timeout;
