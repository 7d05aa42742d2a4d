CREATE TABLE a (id integer, other integer);
CREATE SEQUENCE a_seq;
CREATE SEQUENCE moved_seq OWNED BY a.id;
CREATE SEQUENCE freed_seq OWNED BY a.other;
