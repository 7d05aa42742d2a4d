-- two new tables that reference each other (FK cycle)
CREATE TABLE unrelated (id integer);
CREATE TABLE departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE staff (id integer PRIMARY KEY, department_id integer NOT NULL REFERENCES departments (id));
ALTER TABLE departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED;
