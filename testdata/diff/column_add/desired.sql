-- add nullable columns of several types
CREATE TABLE users (id integer PRIMARY KEY, nickname text, born date, score real, raw bytea);
