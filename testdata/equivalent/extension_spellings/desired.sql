-- CREATE EXTENSION vs IF NOT EXISTS ... WITH SCHEMA public; citext as pg_catalog-free type name
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE TABLE t (email public.citext);
