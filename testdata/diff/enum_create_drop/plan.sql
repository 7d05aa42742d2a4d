SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TYPE public.ticket_status AS ENUM ('open', 'in_progress', 'closed');

ALTER TABLE public.tickets ADD COLUMN status public.ticket_status DEFAULT 'open'::public.ticket_status NOT NULL;

-- hazard data-loss: drops type public.old_mood
DROP TYPE public.old_mood;

