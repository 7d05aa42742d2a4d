CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE app.status AS ENUM ();
CREATE TABLE app.people (m mood, s app.status[], ms public.mood DEFAULT 'ok'::mood);
COMMENT ON TYPE mood IS 'how it goes';
