-- add a unique constraint (single and multi-column) and drop another
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, tenant integer, handle text,
    CONSTRAINT users_tenant_email_key UNIQUE (tenant, email));
