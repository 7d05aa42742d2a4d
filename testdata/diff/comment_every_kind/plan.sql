SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON SCHEMA app IS 'application objects';

COMMENT ON EXTENSION citext IS 'case-insensitive text (it''s the contrib one)';

COMMENT ON TYPE app.mood IS 'how they feel';

COMMENT ON COLUMN app.people.email IS 'never shown publicly';

COMMENT ON CONSTRAINT people_pkey ON app.people IS 'surrogate';

COMMENT ON INDEX app.people_email_idx IS 'login lookups';

COMMENT ON TABLE app.people IS 'everyone we know';

COMMENT ON SEQUENCE app.ticket_seq IS 'ticket numbers';

