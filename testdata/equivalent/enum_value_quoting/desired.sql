-- enum labels and defaults written with different literal quoting
CREATE TYPE q AS ENUM ($$it's$$, E'plain');
CREATE TABLE t (v q DEFAULT 'it''s'::q);
