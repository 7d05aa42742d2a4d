SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.account_emails;

DROP VIEW public.account_ids;

DROP VIEW public.account_list;

CREATE VIEW public.account_emails (id, address) AS
SELECT id,
    email AS address
   FROM public.accounts;

CREATE VIEW public.account_list (id, email, created_at) AS
SELECT id,
    email,
    created_at
   FROM public.accounts;

CREATE VIEW public.account_ids (id) AS
SELECT id
   FROM public.account_list;

