CREATE TABLE logs (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- Indexes of partitions made before their parent's keep their own names.
CREATE INDEX logs_2025_by_time ON logs_2025 (at);
CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX logs_2026_by_time ON logs_2026 (at);
CREATE TABLE logs_2027 PARTITION OF logs FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE INDEX logs_at_idx ON logs (at);
CREATE INDEX logs_2026_msg ON logs_2026 (msg);
CREATE INDEX logs_lower_msg_idx ON logs (lower(msg));

CREATE TABLE new_parent (id int, v text) PARTITION BY LIST (id);
CREATE TABLE new_parent_1 PARTITION OF new_parent FOR VALUES IN (1);
CREATE INDEX new_parent_1_local ON new_parent_1 (v);
CREATE INDEX new_parent_v_idx ON new_parent (v);
