-- bigserial primary key vs bigint + sequence + nextval default + OWNED BY
CREATE SEQUENCE public.events_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.events (id bigint DEFAULT nextval('public.events_id_seq') NOT NULL);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
