SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP FUNCTION public.area(r integer);

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.area(shape text, VARIADIC dims double precision[])
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT dims[1] $function$;

CREATE OR REPLACE FUNCTION public.area(w double precision, h double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT abs(w * h) $function$;

CREATE OR REPLACE FUNCTION public.area(w double precision, h double precision, d double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT w * h * d $function$;

CREATE OR REPLACE PROCEDURE public.touch(a text)
 LANGUAGE sql
AS $procedure$ SELECT a $procedure$;

