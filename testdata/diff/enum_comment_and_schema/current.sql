CREATE SCHEMA types;
CREATE TYPE types.level AS ENUM ('low', 'high');
CREATE TABLE public.alerts (id integer PRIMARY KEY);
