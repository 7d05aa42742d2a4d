-- PostgreSQL 18 names the NOT NULL constraints of columns: ATTACH PARTITION keeps a
-- table's own names where PARTITION OF gives the parent's, DETACH PARTITION keeps the
-- parent's, and files may name them. Earlier majors have no names to compare.
CREATE TABLE m (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_2026 (id int NOT NULL, at date NOT NULL);
CREATE TABLE accounts (id int NOT NULL, email text, name text CONSTRAINT accounts_name_required NOT NULL);
