-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index users_legacy_code_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.users_legacy_code_idx;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users DROP CONSTRAINT users_age_check;

-- hazard data-loss: drops column legacy_code of table public.users and its data
ALTER TABLE public.users DROP COLUMN legacy_code;

-- hazard data-loss: drops column age of table public.users and its data
ALTER TABLE public.users DROP COLUMN age;

