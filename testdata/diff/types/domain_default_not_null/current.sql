CREATE DOMAIN status AS text DEFAULT 'new';
CREATE DOMAIN qty AS integer NOT NULL DEFAULT 0;
CREATE DOMAIN label AS text;
CREATE TABLE things (id integer PRIMARY KEY, s status, q qty, l label);
