SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SEQUENCE public.logs_id_seq AS integer;

CREATE SEQUENCE public.logs_seq_seq;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: adding column id with the volatile default nextval('public.logs_id_seq'::regclass) rewrites table public.logs
ALTER TABLE public.logs ADD COLUMN id integer DEFAULT nextval('public.logs_id_seq'::regclass) NOT NULL;

-- hazard table-rewrite: adding column seq with the volatile default nextval('public.logs_seq_seq'::regclass) rewrites table public.logs
ALTER TABLE public.logs ADD COLUMN seq bigint DEFAULT nextval('public.logs_seq_seq'::regclass) NOT NULL;

SET LOCAL statement_timeout = '1min';

ALTER SEQUENCE public.logs_id_seq OWNED BY public.logs.id;

ALTER SEQUENCE public.logs_seq_seq OWNED BY public.logs.seq;

