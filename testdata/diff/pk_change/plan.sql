ALTER TABLE public.memberships DROP CONSTRAINT memberships_pkey;

-- hazard blocking-scan: adding PRIMARY KEY memberships_pkey builds its index on table public.memberships while blocking writes
ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id);

