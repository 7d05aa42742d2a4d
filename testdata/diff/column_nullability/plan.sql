-- hazard blocking-scan: SET NOT NULL on column first_name scans table public.people while blocking writes
ALTER TABLE public.people ALTER COLUMN first_name SET NOT NULL;

ALTER TABLE public.people ALTER COLUMN last_name DROP NOT NULL;

