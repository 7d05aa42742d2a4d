-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.m DETACH PARTITION public.m_2025 CONCURRENTLY;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.m_2025 DROP CONSTRAINT m_2025_at_check;

-- hazard index-dropped: drops index m_2025_at_idx: queries that use it may slow down
DROP INDEX public.m_2025_at_idx;

ALTER TABLE public.m_2025 RENAME CONSTRAINT m_id_not_null TO m_2025_id_not_null;

ALTER TABLE public.m_2025 RENAME CONSTRAINT m_at_not_null TO m_2025_at_not_null;

