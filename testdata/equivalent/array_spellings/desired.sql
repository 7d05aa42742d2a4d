-- text[] / text ARRAY / integer[3] (dimensions are not stored) / _int4
CREATE TABLE t (a text ARRAY, b integer[3], c _int4, d integer ARRAY[5]);
