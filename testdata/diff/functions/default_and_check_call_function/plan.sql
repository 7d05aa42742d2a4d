-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.vouchers DROP CONSTRAINT vouchers_code_check;

DROP FUNCTION public.valid_code(c text);

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.default_amount()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT 10 $function$;

CREATE OR REPLACE FUNCTION public.new_code()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT upper(md5(random()::text)) $function$;

CREATE OR REPLACE FUNCTION public.positive(n integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n > 0 $function$;

CREATE OR REPLACE FUNCTION public.valid_code(code text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length(code) = 32 $function$;

ALTER TABLE public.vouchers ALTER COLUMN amount SET DEFAULT public.default_amount();

ALTER TABLE public.vouchers ADD CONSTRAINT vouchers_amount_positive CHECK (public.positive(amount)) NOT VALID;

ALTER TABLE public.vouchers ADD CONSTRAINT vouchers_code_check CHECK (public.valid_code(code)) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.vouchers VALIDATE CONSTRAINT vouchers_amount_positive;

ALTER TABLE public.vouchers VALIDATE CONSTRAINT vouchers_code_check;

RESET lock_timeout;
RESET statement_timeout;
