-- change a column's type when it has a default that must be re-cast
CREATE TABLE counters (id integer PRIMARY KEY, n numeric(20,0) NOT NULL DEFAULT 0, label varchar(40) DEFAULT 'x');
