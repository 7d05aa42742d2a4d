-- CHECK (status IN ('a','b')) is stored as = ANY (ARRAY[...])
CREATE TABLE orders (id integer, status text CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['a'::text, 'b'::text]))),
    kind varchar(5) CONSTRAINT orders_kind_check CHECK (kind IN ('x', 'y')));
