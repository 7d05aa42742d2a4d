SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER accounts_count ON public.accounts;

CREATE TRIGGER accounts_count AFTER UPDATE ON public.accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_changed();

