SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    kept_id integer,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.order_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT count(*) AS count FROM public.orders);

ALTER TABLE public.orders ADD CONSTRAINT orders_kept_id_fkey FOREIGN KEY (kept_id) REFERENCES public.kept(id);

CREATE VIEW public.recent (id) AS
SELECT id
   FROM public.orders;

ALTER FUNCTION public.order_count() OWNER TO pgs_own_a;

ALTER TABLE public.kept OWNER TO pgs_own_a;

ALTER TABLE public.orders OWNER TO pgs_own_a;

