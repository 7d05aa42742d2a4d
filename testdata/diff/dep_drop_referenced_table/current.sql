CREATE TABLE suppliers (id integer PRIMARY KEY);
CREATE TABLE parts (id integer PRIMARY KEY, supplier_id integer REFERENCES suppliers (id));
