CREATE TYPE old_pair AS (a integer, b integer);
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
CREATE FUNCTION old_pair_sum(p old_pair) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT p.a + p.b $$;
