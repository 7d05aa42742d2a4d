-- add a composite foreign key referencing a composite primary key
CREATE TABLE warehouses (region text NOT NULL, code integer NOT NULL, PRIMARY KEY (region, code));
CREATE TABLE bins (id integer PRIMARY KEY, region text, code integer,
    CONSTRAINT bins_warehouse_fkey FOREIGN KEY (region, code) REFERENCES warehouses (region, code) MATCH FULL ON DELETE CASCADE);
