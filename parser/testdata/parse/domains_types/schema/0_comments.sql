-- Read before the type it comments on: loads after it.
COMMENT ON COLUMN app."Address".zip IS 'postal code';
