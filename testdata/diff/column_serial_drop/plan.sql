-- hazard data-loss: drops column line_no of table public.logs and its data
ALTER TABLE public.logs DROP COLUMN line_no;

