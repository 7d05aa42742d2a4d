SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column attrs of table public.items and its data
ALTER TABLE public.items DROP COLUMN attrs;

-- hazard data-loss: drops extension hstore and every object it provides
DROP EXTENSION hstore;

