-- the second file has a typo on line 7
CREATE TABLE fine (
    id int
);


CREATE TABEL users (id int);
CREATE INDEX ON fine (id;
