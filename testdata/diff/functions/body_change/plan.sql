SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.bump(n text)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
DECLARE v bigint;
BEGIN
  INSERT INTO counters AS c (name, value) VALUES (n, 1)
  ON CONFLICT (name) DO UPDATE SET value = c.value + 1
  RETURNING value INTO v;
  RETURN v;
END
$function$;

CREATE OR REPLACE FUNCTION public.greeting(who text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'hi, ' || who || '!' $function$;

CREATE OR REPLACE PROCEDURE public.reset_all()
 LANGUAGE sql
AS $procedure$ UPDATE counters SET value = 0 WHERE value <> 0 $procedure$;

