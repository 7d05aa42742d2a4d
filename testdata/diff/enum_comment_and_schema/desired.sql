-- enum in a non-public schema with a comment, used by a column in another schema
CREATE SCHEMA types;
CREATE TYPE types.level AS ENUM ('low', 'high');
COMMENT ON TYPE types.level IS 'alert severity';
CREATE TYPE types.channel AS ENUM ('email', 'sms');
CREATE TABLE public.alerts (id integer PRIMARY KEY, level types.level NOT NULL, channels types.channel[]);
