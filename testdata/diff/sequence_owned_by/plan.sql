SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER SEQUENCE public.a_seq OWNED BY public.a.id;

ALTER SEQUENCE public.freed_seq OWNED BY NONE;

ALTER SEQUENCE public.moved_seq OWNED BY public.a.other;

