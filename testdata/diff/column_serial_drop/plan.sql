SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column line_no of table public.logs and its data
ALTER TABLE public.logs DROP COLUMN line_no;

