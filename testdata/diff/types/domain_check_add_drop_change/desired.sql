-- domain CHECK constraints: one changes (drop and add), one is dropped, one added inline, one added with ALTER DOMAIN ADD CONSTRAINT
CREATE DOMAIN percent AS numeric CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 1);
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE DOMAIN zip AS text CONSTRAINT zip_digits CHECK (VALUE ~ '^[0-9]{5}$');
ALTER DOMAIN slug ADD CONSTRAINT slug_not_empty CHECK (VALUE <> '');
CREATE TABLE pages (id integer PRIMARY KEY, s slug, p percent, z zip);
