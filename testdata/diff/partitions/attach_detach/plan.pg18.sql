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

ALTER TABLE public.m_2025 RENAME CONSTRAINT m_id_not_null TO m_2025_id_not_null;

ALTER TABLE public.m_2025 RENAME CONSTRAINT m_at_not_null TO m_2025_at_not_null;

ALTER TABLE public.m_2026 RENAME CONSTRAINT m_2026_id_not_null TO m_id_not_null;

ALTER TABLE public.m_2026 RENAME CONSTRAINT m_2026_at_not_null TO m_at_not_null;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: ATTACH PARTITION scans table public.m_2026 to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)
ALTER TABLE public.m ATTACH PARTITION public.m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

