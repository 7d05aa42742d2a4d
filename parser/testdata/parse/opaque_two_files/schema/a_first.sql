CREATE TABLE ok (id int);
CREATE TABLE broken (id int,);
CREATE TABLE also_ok (id int);
