-- drop a table referenced by a FK from a kept table: the FK is dropped too
CREATE TABLE parts (id integer PRIMARY KEY, supplier_id integer);
