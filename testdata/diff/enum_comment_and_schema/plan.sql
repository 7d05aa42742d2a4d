CREATE TYPE types.channel AS ENUM ('email', 'sms');

-- hazard blocking-scan: adding NOT NULL column level without a default fails if table public.alerts has rows
ALTER TABLE public.alerts ADD COLUMN level types.level NOT NULL;

ALTER TABLE public.alerts ADD COLUMN channels types.channel[];

COMMENT ON TYPE types.level IS 'alert severity';

