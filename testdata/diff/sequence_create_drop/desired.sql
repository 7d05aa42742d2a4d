-- create sequences (default options and explicit options), drop another
CREATE SEQUENCE plain_seq;
CREATE SEQUENCE invoice_number_seq AS integer INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 5;
