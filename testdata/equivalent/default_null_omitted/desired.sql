-- DEFAULT NULL and explicit NULL are the same as nothing
CREATE TABLE t (a integer DEFAULT NULL, b text NULL DEFAULT NULL, c integer NOT NULL);
