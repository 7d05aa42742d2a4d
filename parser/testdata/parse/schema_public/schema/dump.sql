-- As pg_dump --clean writes it: public exists in every database.
CREATE SCHEMA public;
COMMENT ON SCHEMA public IS 'standard public schema';
CREATE TABLE public.t (id int PRIMARY KEY);
