CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 32 $$;
CREATE TABLE vouchers (
  id integer PRIMARY KEY,
  code text NOT NULL DEFAULT new_code() CHECK (valid_code(code)),
  amount integer NOT NULL
);
