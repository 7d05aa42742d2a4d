CREATE TABLE logs (id integer PRIMARY KEY, line text, raw bytea, extra text COMPRESSION pglz);
