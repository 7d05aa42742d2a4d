-- float / float8 / double precision / float(53), real / float4 / float(24)
CREATE TABLE t (a double precision, b double precision, c float8, d float4, e real, f float(24));
