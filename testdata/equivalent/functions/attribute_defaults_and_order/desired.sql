-- function spellings outside the body: int/int4/int8 for integer/bigint, = for DEFAULT, RETURNS NULL ON NULL INPUT for STRICT, attributes in any order and case, defaults spelled out (VOLATILE, CALLED ON NULL INPUT, SECURITY INVOKER, PARALLEL UNSAFE, COST 100), OR REPLACE, IN mode explicit
CREATE OR REPLACE FUNCTION add(IN a int4, b int = 0) RETURNS int4 AS $$ SELECT a + b $$ RETURNS NULL ON NULL INPUT IMMUTABLE Language SQL;
CREATE FUNCTION noisy(x text) RETURNS text VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE COST 100 LANGUAGE plpgsql AS $$ BEGIN RETURN x; END $$;
CREATE PROCEDURE p(IN n int8) AS $$ SELECT n $$ LANGUAGE sql;
