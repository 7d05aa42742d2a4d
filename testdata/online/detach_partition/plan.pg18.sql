-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.measurements DETACH PARTITION public.measurements_2025 CONCURRENTLY;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.measurements_2025 DROP CONSTRAINT measurements_2025_at_check;

ALTER TABLE public.measurements_2025 RENAME CONSTRAINT measurements_at_not_null TO measurements_2025_at_not_null;

