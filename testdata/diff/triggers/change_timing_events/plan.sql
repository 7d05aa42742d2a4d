SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER orders_log ON public.orders;

DROP TRIGGER orders_stmt ON public.orders;

DROP TRIGGER orders_touch ON public.orders;

CREATE TRIGGER orders_log BEFORE INSERT OR DELETE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_stmt AFTER UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();

