-- enum values with quotes, spaces, unicode and an empty string; add values in the middle
CREATE TYPE "Mood ""x""" AS ENUM ('', 'it''s', 'with space', 'a "b"', 'ünï', 'back\slash');
CREATE TABLE t (id integer, m "Mood ""x""");
