SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP PROCEDURE public.old_cleanup();

DROP FUNCTION public.old_helper(x integer);

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.add_numbers(a integer, b integer DEFAULT 0)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a + b $function$;

CREATE OR REPLACE FUNCTION public.audit_since(first_id bigint)
 RETURNS TABLE(id bigint, msg text)
 LANGUAGE sql
 STABLE
AS $function$
  SELECT id, msg FROM audit WHERE id >= first_id
$function$;

CREATE OR REPLACE PROCEDURE public.log_message(msg text, INOUT logged integer DEFAULT NULL::integer)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
  INSERT INTO audit (msg) VALUES (msg);
  logged := 1;
END
$procedure$;

