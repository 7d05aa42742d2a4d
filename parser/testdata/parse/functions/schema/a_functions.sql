-- A SQL function whose body reads a table declared later: it must load after it.
CREATE FUNCTION app.user_count() RETURNS bigint LANGUAGE sql STABLE
AS 'SELECT count(*) FROM app.users';

-- Overloads, told apart by their argument types.
CREATE OR REPLACE FUNCTION app.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE OR REPLACE FUNCTION app.add(a numeric, b numeric DEFAULT 0) RETURNS numeric
    LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT a + b; END;
CREATE FUNCTION app."Weird ""name"""(INOUT x int, OUT y text, VARIADIC rest text[])
    LANGUAGE plpgsql AS $$ BEGIN y := 'y'; END $$;
CREATE FUNCTION app.active() RETURNS SETOF app.users LANGUAGE sql
    BEGIN ATOMIC SELECT * FROM app.users WHERE app.is_active(users.id); END;
CREATE FUNCTION app.is_active(id int) RETURNS boolean LANGUAGE sql
    RETURN EXISTS (SELECT FROM app.users u WHERE u.id = is_active.id);
CREATE FUNCTION app.pairs() RETURNS TABLE (k text, v int) LANGUAGE sql AS $$ SELECT 'a', 1 $$;
CREATE PROCEDURE app.touch(IN id int, OUT done boolean) LANGUAGE plpgsql AS $$ BEGIN done := true; END $$;
-- plpgsql bodies are not checked at creation: no edge to the table.
CREATE FUNCTION app.next_id() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN RETURN (SELECT coalesce(max(id), 0) + 1 FROM app.users); END $$;
CREATE FUNCTION app.mood_of(m app.mood) RETURNS text LANGUAGE sql RETURN m::text;
