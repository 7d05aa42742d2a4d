-- numeric(p,s) / decimal(p,s), numeric / decimal
CREATE TABLE t (a decimal(10,2), b decimal, c decimal(5,0));
