SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.accounts NO FORCE ROW LEVEL SECURITY;

