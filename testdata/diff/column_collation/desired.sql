-- change column collations: default to C, C to POSIX, POSIX back to default
CREATE TABLE words (id integer PRIMARY KEY, a text COLLATE "C", b text COLLATE "POSIX", c varchar(20));
CREATE INDEX words_b_idx ON words (b);
