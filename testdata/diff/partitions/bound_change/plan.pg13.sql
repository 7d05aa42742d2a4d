SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.r DETACH PARTITION public.r_a;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: ATTACH PARTITION scans table public.r_a to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)
ALTER TABLE public.r ATTACH PARTITION public.r_a FOR VALUES IN ('a', 'c');

