-- The index keeps its name but moves to a new column; its old column goes.
CREATE TABLE t (id int PRIMARY KEY, buzz int, new_fizz int);
CREATE INDEX t_idx ON t USING hash (new_fizz);
