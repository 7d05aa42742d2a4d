CREATE TABLE c (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, c_id integer REFERENCES c (id));
CREATE TABLE a (id integer PRIMARY KEY, b_id integer REFERENCES b (id));
CREATE TYPE kind AS ENUM ('x', 'y');
CREATE TABLE z (id integer, k kind);
