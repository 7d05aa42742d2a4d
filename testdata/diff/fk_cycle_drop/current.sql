CREATE TABLE departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE staff (id integer PRIMARY KEY, department_id integer NOT NULL REFERENCES departments (id));
ALTER TABLE departments ADD FOREIGN KEY (head_id) REFERENCES staff (id);
CREATE TABLE keep (id integer);
