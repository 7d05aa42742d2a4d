SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.customers ADD COLUMN marketing_opt_in boolean DEFAULT false NOT NULL;

ALTER TABLE public.customers ADD COLUMN created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL;

