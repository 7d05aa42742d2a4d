-- add a comment on one schema, change it on another, remove it from a third
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE SCHEMA c;
COMMENT ON SCHEMA a IS 'accounting data';
COMMENT ON SCHEMA b IS 'new comment';
