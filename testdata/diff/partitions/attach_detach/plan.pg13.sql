SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.m DETACH PARTITION public.m_2025;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: ATTACH PARTITION scans table public.m_2026 to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)
ALTER TABLE public.m ATTACH PARTITION public.m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

