-- inline vs table-level vs ALTER TABLE ADD CONSTRAINT for PK, UNIQUE, CHECK and FK
CREATE TABLE parents (id integer, PRIMARY KEY (id));
CREATE TABLE children (id integer NOT NULL, parent_id integer, code text, qty integer);
ALTER TABLE children ADD CONSTRAINT children_pkey PRIMARY KEY (id);
ALTER TABLE children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE CASCADE;
ALTER TABLE children ADD UNIQUE (code);
ALTER TABLE children ADD CONSTRAINT children_qty_check CHECK (qty > 0);
