CREATE TABLE m (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2025 (id int NOT NULL, at date NOT NULL);
CREATE TABLE m_2026 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE accounts (
    id int CONSTRAINT accounts_id_required NOT NULL,
    email text CONSTRAINT accounts_email_required NOT NULL,
    name text NOT NULL
);
CREATE TABLE audit (at timestamptz CONSTRAINT audit_at_required NOT NULL, note text);
