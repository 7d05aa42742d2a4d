-- hazard data-loss: drops table public.gone and all its rows
DROP TABLE public.gone;

