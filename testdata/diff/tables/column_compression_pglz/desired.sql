-- column compression: the default (no method) set to pglz explicitly, pglz reset to DEFAULT, a new column created with COMPRESSION pglz
CREATE TABLE logs (id integer PRIMARY KEY, line text COMPRESSION pglz, raw bytea, extra text, tail text COMPRESSION pglz);
ALTER TABLE logs ALTER COLUMN raw SET COMPRESSION pglz;
