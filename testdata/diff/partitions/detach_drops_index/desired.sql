CREATE TABLE m (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2025 (id int NOT NULL, at date NOT NULL);
CREATE INDEX m_at_idx ON m (at);
CREATE INDEX m_id_idx ON m (id);
CREATE INDEX m_2025_id_idx ON m_2025 (id);
