SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public.gone and all its rows
DROP TABLE public.gone;

