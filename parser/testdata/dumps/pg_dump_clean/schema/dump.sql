--
-- PostgreSQL database dump
--

\restrict 0000000000000000000000000000000000000000000000000000000000000000

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

DROP POLICY IF EXISTS p ON public.t;
ALTER TABLE IF EXISTS ONLY public.u DROP CONSTRAINT IF EXISTS u_id_fkey;
DROP TRIGGER IF EXISTS trg ON public.t;
CREATE OR REPLACE VIEW public.v AS
SELECT
    NULL::integer AS id,
    NULL::text AS name;
DROP INDEX IF EXISTS public.u_x_idx;
ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT IF EXISTS t_pkey;
ALTER TABLE IF EXISTS public.t ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE IF EXISTS s.q;
DROP VIEW IF EXISTS public.w;
DROP TABLE IF EXISTS public.u;
DROP SEQUENCE IF EXISTS public.t_id_seq;
DROP TABLE IF EXISTS public.t;
DROP MATERIALIZED VIEW IF EXISTS public.mv;
DROP FUNCTION IF EXISTS public.f();
DROP VIEW IF EXISTS public.v;
DROP TYPE IF EXISTS public.mood;
DROP SCHEMA IF EXISTS s;
--
-- Name: s; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA s;


--
-- Name: mood; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.mood AS ENUM (
    'a',
    'b'
);


--
-- Name: v; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v AS
SELECT
    NULL::integer AS id,
    NULL::text AS name;


--
-- Name: f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.f() RETURNS SETOF public.v
    LANGUAGE sql
    AS $$select * from v$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mv; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.mv AS
 SELECT 1 AS a
  WITH NO DATA;


--
-- Name: t; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.t (
    id integer NOT NULL,
    name text
);


--
-- Name: TABLE t; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.t IS 'hi';


--
-- Name: t_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.t_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;


--
-- Name: u; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.u (
    id integer,
    x integer
);


--
-- Name: w; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.w AS
 SELECT v.id,
    v.name
   FROM public.v;


--
-- Name: q; Type: SEQUENCE; Schema: s; Owner: -
--

CREATE SEQUENCE s.q
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);


--
-- Name: t t_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);


--
-- Name: u_x_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX u_x_idx ON public.u USING btree (x);


--
-- Name: v _RETURN; Type: RULE; Schema: public; Owner: -
--

CREATE OR REPLACE VIEW public.v AS
 SELECT t.id,
    t.name
   FROM public.t
  WHERE (t.id IN ( SELECT f.id
           FROM public.f() f(id, name)));


--
-- Name: t trg; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();


--
-- Name: u u_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_id_fkey FOREIGN KEY (id) REFERENCES public.t(id);


--
-- Name: t p; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY p ON public.t USING (true);


--
-- Name: t; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;

--
-- PostgreSQL database dump complete
--

\unrestrict 0000000000000000000000000000000000000000000000000000000000000000

