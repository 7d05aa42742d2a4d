-- partial index and expression index
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamptz, tenant integer);
CREATE UNIQUE INDEX users_lower_email_live_idx ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_tenant_active_idx ON users (tenant) WHERE (deleted_at IS NULL AND tenant > 0);
CREATE INDEX users_email_domain_idx ON users ((split_part(email, '@', 2)), id);
