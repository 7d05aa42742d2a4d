CREATE TABLE local_seed (id int);
