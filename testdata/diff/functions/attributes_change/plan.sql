SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION app.heavy(n integer)
 RETURNS integer
 LANGUAGE sql
 COST 1000
 SET work_mem TO '64MB'
AS $function$ SELECT n $function$;

CREATE OR REPLACE PROCEDURE app.job()
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'app'
AS $procedure$ SELECT 1 $procedure$;

CREATE OR REPLACE FUNCTION app.lookup(k text)
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$ SELECT k $function$;

CREATE OR REPLACE FUNCTION app.norm(t text)
 RETURNS text
 LANGUAGE sql
 STABLE PARALLEL SAFE STRICT
AS $function$ SELECT lower(t) $function$;

CREATE OR REPLACE FUNCTION app.whoami()
 RETURNS text
 LANGUAGE sql
 SET search_path TO 'public'
AS $function$ SELECT current_user::text $function$;

