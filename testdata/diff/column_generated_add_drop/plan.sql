SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column perimeter of table public.boxes and its data
ALTER TABLE public.boxes DROP COLUMN perimeter;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: adding stored generated column area rewrites table public.boxes
ALTER TABLE public.boxes ADD COLUMN area numeric GENERATED ALWAYS AS ((w * h)) STORED;

