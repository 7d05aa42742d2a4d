-- drop the hstore extension after dropping the column that uses it
CREATE TABLE items (id integer PRIMARY KEY);
