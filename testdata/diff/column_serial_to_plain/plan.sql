SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard data-loss: drops sequence public.tickets_id_seq and its current value
DROP SEQUENCE public.tickets_id_seq;

