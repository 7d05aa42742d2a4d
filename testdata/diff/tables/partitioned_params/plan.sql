SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.measures_2025 PARTITION OF public.measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') WITH (fillfactor=60);

ALTER TABLE public.measures_2024 SET (autovacuum_enabled=false, fillfactor=80);

