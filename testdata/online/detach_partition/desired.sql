CREATE TABLE measurements (at date NOT NULL, value int) PARTITION BY RANGE (at);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- Archived: no longer a partition, its rows kept.
CREATE TABLE measurements_2025 (at date NOT NULL, value int);
