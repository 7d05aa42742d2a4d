CREATE TABLE words (id integer PRIMARY KEY, a text, b text COLLATE "C", c varchar(20) COLLATE "POSIX");
CREATE INDEX words_b_idx ON words (b);
