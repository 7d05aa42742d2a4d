CREATE DOMAIN percent AS numeric CONSTRAINT percent_range CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z-]+$') CHECK (length(VALUE) < 100);
CREATE DOMAIN zip AS text;
CREATE TABLE pages (id integer PRIMARY KEY, s slug, p percent, z zip);
