ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard data-loss: drops sequence public.tickets_id_seq and its current value
DROP SEQUENCE public.tickets_id_seq;

