CREATE TABLE orders (id integer, status text CHECK (status IN ('a', 'b')), kind varchar(5) CHECK (kind IN ('x','y')));
