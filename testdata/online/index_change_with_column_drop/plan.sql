-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index t_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.t_idx;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column fizz of table public.t and its data
ALTER TABLE public.t DROP COLUMN fizz;

ALTER TABLE public.t ADD COLUMN new_fizz integer;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index t_idx on existing table public.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_idx ON public.t USING hash (new_fizz);

RESET lock_timeout;
RESET statement_timeout;
