CREATE TABLE measurements (at date NOT NULL, value int) PARTITION BY RANGE (at);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO measurements SELECT date '2025-01-01' + (g % 700), g FROM generate_series(1, 2000) g;
