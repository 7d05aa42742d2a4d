SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.measurements DETACH PARTITION public.measurements_2025;

