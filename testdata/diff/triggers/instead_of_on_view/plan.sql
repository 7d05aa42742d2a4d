SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER accounts_v_old ON public.accounts_v;

CREATE TRIGGER accounts_v_insert INSTEAD OF INSERT OR UPDATE ON public.accounts_v FOR EACH ROW EXECUTE FUNCTION public.accounts_v_write();

