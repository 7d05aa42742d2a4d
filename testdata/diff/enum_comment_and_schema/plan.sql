SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TYPE types.channel AS ENUM ('email', 'sms');

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: adding NOT NULL column level without a default fails if table public.alerts has rows
ALTER TABLE public.alerts ADD COLUMN level types.level NOT NULL;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.alerts ADD COLUMN channels types.channel[];

COMMENT ON TYPE types.level IS 'alert severity';

