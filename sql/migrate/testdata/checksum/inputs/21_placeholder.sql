CREATE TABLE ${schema}.t (id int);
