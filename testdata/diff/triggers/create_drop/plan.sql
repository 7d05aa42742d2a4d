SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER orders_log_old ON public.orders;

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.note_truncate()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO order_log (op) VALUES (TG_OP || ':' || TG_ARGV[0]);
  RETURN NULL;
END
$function$;

CREATE TRIGGER orders_log AFTER INSERT OR DELETE OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();

CREATE TRIGGER orders_truncate AFTER TRUNCATE ON public.orders FOR EACH STATEMENT EXECUTE FUNCTION public.note_truncate('orders', 'it''s gone');

