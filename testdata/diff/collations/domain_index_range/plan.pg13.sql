-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE DOMAIN public.email AS text COLLATE public.case_insensitive CONSTRAINT email_check CHECK ((VALUE ~~ '%@%'::text));

CREATE TYPE public.textrange AS RANGE (SUBTYPE = text, COLLATION = public.case_insensitive);

CREATE TABLE public.contacts (
    id integer NOT NULL,
    address public.email,
    CONSTRAINT contacts_pkey PRIMARY KEY (id)
);


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index users_email_ci_idx on existing table public.users (concurrently: writes continue)
CREATE INDEX CONCURRENTLY users_email_ci_idx ON public.users USING btree (email COLLATE public.case_insensitive);

RESET lock_timeout;
RESET statement_timeout;
