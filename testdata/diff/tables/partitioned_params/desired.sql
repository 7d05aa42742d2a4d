-- storage parameters on partitions (per partition, the partitioned parent takes none): set on an existing partition, a new partition created with its own fillfactor
CREATE TABLE measures (id bigint NOT NULL, at date NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') WITH (fillfactor = 80, autovacuum_enabled = false);
CREATE TABLE measures_2025 PARTITION OF measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') WITH (fillfactor = 60);
