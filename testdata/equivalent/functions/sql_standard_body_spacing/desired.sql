-- SQL-standard bodies are stored parsed, not verbatim: case, whitespace, comments and redundant parentheses inside BEGIN ATOMIC / RETURN do not matter
CREATE TABLE t (id integer PRIMARY KEY, v integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE
begin atomic
  -- sum of the positive values
  select SUM(v)
    from T
   where (v > 0);
end;
CREATE FUNCTION twice(a integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN (a * 2);
