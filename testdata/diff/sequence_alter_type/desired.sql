-- change a sequence's data type and direction
CREATE SEQUENCE small_seq AS bigint;
CREATE SEQUENCE down_seq INCREMENT BY -1;
