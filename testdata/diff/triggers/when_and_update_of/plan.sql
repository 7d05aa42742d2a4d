SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER orders_big ON public.orders;

DROP TRIGGER orders_log ON public.orders;

DROP TRIGGER orders_touch ON public.orders;

CREATE TRIGGER orders_big AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_log AFTER UPDATE ON public.orders FOR EACH ROW WHEN (((old.status IS DISTINCT FROM new.status) AND (new.status <> 'draft'::text))) EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_total AFTER UPDATE OF total ON public.orders FOR EACH ROW WHEN ((new.total < old.total)) EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_touch BEFORE UPDATE OF status, total, note ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();

