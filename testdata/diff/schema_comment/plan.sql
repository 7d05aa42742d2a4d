SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON SCHEMA a IS 'accounting data';

COMMENT ON SCHEMA b IS 'new comment';

COMMENT ON SCHEMA c IS NULL;

