CREATE TABLE logs (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX logs_at_idx ON logs (at);
CREATE TABLE old_parent (id int) PARTITION BY LIST (id);
