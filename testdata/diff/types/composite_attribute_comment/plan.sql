SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON COLUMN public.address.city IS 'city or town';

COMMENT ON COLUMN public.address.zip IS 'postal code';

