CREATE SEQUENCE small_seq AS smallint;
CREATE SEQUENCE down_seq;
