-- a column default and a CHECK call functions: one body changes (OR REPLACE); one renames its parameter (needs DROP FUNCTION + CREATE, so the CHECK is dropped and added back around it); new functions are used in a new default and a new CHECK
CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT upper(md5(random()::text)) $$;
CREATE FUNCTION valid_code(code text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(code) = 32 $$;
CREATE FUNCTION positive(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE FUNCTION default_amount() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT 10 $$;
CREATE TABLE vouchers (
  id integer PRIMARY KEY,
  code text NOT NULL DEFAULT new_code() CHECK (valid_code(code)),
  amount integer NOT NULL DEFAULT default_amount() CONSTRAINT vouchers_amount_positive CHECK (positive(amount))
);
