-- Multibyte text, so that character and byte positions differ: éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé
CREATE TABLE b (id int);
CREATE TABLE c (id int,);
