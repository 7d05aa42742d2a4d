COMMENT ON COLUMN public.address.city IS 'city or town';

COMMENT ON COLUMN public.address.zip IS 'postal code';

