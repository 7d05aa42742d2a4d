-- turn a unique constraint into UNIQUE NULLS NOT DISTINCT (PostgreSQL 15)
CREATE TABLE codes (id integer PRIMARY KEY, code text, CONSTRAINT codes_code_key UNIQUE NULLS NOT DISTINCT (code));
