-- domain DEFAULT changed, dropped and set; NOT NULL dropped and set (ALTER DOMAIN SET/DROP DEFAULT, SET/DROP NOT NULL)
CREATE DOMAIN status AS text DEFAULT 'open';
CREATE DOMAIN qty AS integer;
CREATE DOMAIN label AS text NOT NULL DEFAULT '';
CREATE TABLE things (id integer PRIMARY KEY, s status, q qty, l label);
