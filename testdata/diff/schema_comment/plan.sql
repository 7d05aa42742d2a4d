COMMENT ON SCHEMA a IS 'accounting data';

COMMENT ON SCHEMA b IS 'new comment';

COMMENT ON SCHEMA c IS NULL;

