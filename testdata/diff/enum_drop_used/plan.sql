-- hazard data-loss: drops column color of table public.cars and its data
ALTER TABLE public.cars DROP COLUMN color;

-- hazard data-loss: drops type public.color
DROP TYPE public.color;

