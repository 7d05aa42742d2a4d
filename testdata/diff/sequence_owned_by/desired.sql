-- set OWNED BY on a sequence, move it to another column, remove it from a third
CREATE TABLE a (id integer, other integer);
CREATE SEQUENCE a_seq;
ALTER SEQUENCE a_seq OWNED BY a.id;
CREATE SEQUENCE moved_seq;
ALTER SEQUENCE moved_seq OWNED BY a.other;
CREATE SEQUENCE freed_seq;
