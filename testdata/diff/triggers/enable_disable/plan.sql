SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.orders ENABLE ALWAYS TRIGGER t_always;

ALTER TABLE public.orders DISABLE TRIGGER t_disable;

CREATE TRIGGER t_new_disabled BEFORE INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();

ALTER TABLE public.orders DISABLE TRIGGER t_new_disabled;

ALTER TABLE public.orders ENABLE TRIGGER t_reenable;

ALTER TABLE public.orders ENABLE REPLICA TRIGGER t_replica;

