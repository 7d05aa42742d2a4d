SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column color of table public.cars and its data
ALTER TABLE public.cars DROP COLUMN color;

-- hazard data-loss: drops type public.color
DROP TYPE public.color;

