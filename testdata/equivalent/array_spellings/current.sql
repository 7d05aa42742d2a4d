CREATE TABLE t (a text[], b integer[], c integer[][], d int4[]);
