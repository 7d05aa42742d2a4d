SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP COLLATION app.sorted;

CREATE COLLATION app.sorted (provider = icu, locale = 'sv', deterministic = false);

COMMENT ON COLLATION app.kept IS 'new';

COMMENT ON COLLATION app.sorted IS 'Swedish';

