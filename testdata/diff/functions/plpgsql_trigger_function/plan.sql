SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER notes_legacy ON public.notes;

DROP FUNCTION public.notes_legacy();

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$function$;

CREATE TRIGGER notes_touch BEFORE INSERT OR UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

