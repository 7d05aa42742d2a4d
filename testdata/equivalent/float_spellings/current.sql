CREATE TABLE t (a float, b float8, c float(53), d real, e float4, f float(10));
