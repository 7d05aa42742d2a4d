CREATE TYPE "Mood ""x""" AS ENUM ('it''s', 'a "b"');
CREATE TABLE t (id integer, m "Mood ""x""");
