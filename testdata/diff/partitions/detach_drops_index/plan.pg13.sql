SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.m DETACH PARTITION public.m_2025;

-- hazard index-dropped: drops index m_2025_at_idx: queries that use it may slow down
DROP INDEX public.m_2025_at_idx;

