-- varchar(n) / character varying(n), char(n) / character(n), char / character(1)
CREATE TABLE t (a character varying(10), b character varying, c character(3), d character(1), e character(4));
