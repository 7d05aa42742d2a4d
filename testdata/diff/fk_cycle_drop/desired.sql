-- drop two tables that reference each other
CREATE TABLE keep (id integer);
