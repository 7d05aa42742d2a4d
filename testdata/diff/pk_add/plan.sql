-- hazard blocking-scan: adding PRIMARY KEY tags_pkey builds its index on table public.tags while blocking writes
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (name);

