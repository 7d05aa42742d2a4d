-- serial vs integer + sequence AS integer + DEFAULT nextval + OWNED BY
CREATE SEQUENCE tickets_id_seq AS integer;
CREATE TABLE tickets (id integer NOT NULL DEFAULT nextval('tickets_id_seq'::regclass), title text);
ALTER SEQUENCE tickets_id_seq OWNED BY tickets.id;
