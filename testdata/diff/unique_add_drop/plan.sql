ALTER TABLE public.users DROP CONSTRAINT users_handle_key;

-- hazard blocking-scan: adding UNIQUE users_email_key builds its index on table public.users while blocking writes
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

-- hazard blocking-scan: adding UNIQUE users_tenant_email_key builds its index on table public.users while blocking writes
ALTER TABLE public.users ADD CONSTRAINT users_tenant_email_key UNIQUE (tenant, email);

