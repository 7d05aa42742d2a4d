-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index users_email_ci_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.users_email_ci_idx;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public.tags and all its rows
DROP TABLE public.tags;

-- hazard data-loss: drops type public.code
DROP DOMAIN public.code;

DROP COLLATION public.ci;

