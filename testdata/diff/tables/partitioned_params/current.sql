CREATE TABLE measures (id bigint NOT NULL, at date NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
