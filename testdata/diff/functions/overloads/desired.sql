-- overloads of one name: one signature dropped, one added, one changes its body, one untouched; procedure overloads too
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT abs(w * h) $$;
CREATE FUNCTION area(w double precision, h double precision, d double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT w * h * d $$;
CREATE FUNCTION area(shape text, VARIADIC dims double precision[]) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT dims[1] $$;
CREATE PROCEDURE touch(a integer) LANGUAGE sql AS $$ SELECT a $$;
CREATE PROCEDURE touch(a text) LANGUAGE sql AS $$ SELECT a $$;
