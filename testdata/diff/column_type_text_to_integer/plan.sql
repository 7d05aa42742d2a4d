SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard data-loss: changing column value of table public.readings from text to integer may fail or lose data for values that do not fit
-- hazard table-rewrite: changing the type of column value rewrites table public.readings
ALTER TABLE public.readings ALTER COLUMN value TYPE integer USING value::integer;

-- hazard data-loss: changing column taken of table public.readings from text to timestamp with time zone may fail or lose data for values that do not fit
-- hazard table-rewrite: changing the type of column taken rewrites table public.readings
ALTER TABLE public.readings ALTER COLUMN taken TYPE timestamp with time zone USING taken::timestamp with time zone;

