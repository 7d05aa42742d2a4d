CREATE TYPE q AS ENUM ('it''s', 'plain');
CREATE TABLE t (v q DEFAULT 'it''s');
