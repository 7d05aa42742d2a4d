SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON COLUMN public.users.email IS 'login, unique per tenant';

COMMENT ON COLUMN public.users.name IS 'display name';

COMMENT ON COLUMN public.users.age IS NULL;

