CREATE SEQUENCE plain;
CREATE SEQUENCE IF NOT EXISTS invoice_no AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000000 CACHE 20 CYCLE;
CREATE SEQUENCE countdown INCREMENT -1;
CREATE SEQUENCE huge MAXVALUE 9223372036854775807 NO MINVALUE NO CYCLE;
-- owned by a table that uses it in its default: split, or the files cannot load
CREATE SEQUENCE ticket_seq AS bigint OWNED BY tickets.id;
CREATE TABLE tickets (id bigint DEFAULT nextval('ticket_seq'::regclass) PRIMARY KEY, no integer DEFAULT nextval('public.invoice_no'));
CREATE SEQUENCE loose;
ALTER SEQUENCE loose OWNED BY tickets.no;
ALTER SEQUENCE plain OWNED BY NONE;
COMMENT ON SEQUENCE invoice_no IS 'gapless enough';
