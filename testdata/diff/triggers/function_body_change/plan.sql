SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.log_order()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO order_log (order_id, op, at) VALUES (COALESCE(NEW.id, OLD.id), lower(TG_OP), clock_timestamp());
  RETURN COALESCE(NEW, OLD);
END
$function$;

CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$function$;

