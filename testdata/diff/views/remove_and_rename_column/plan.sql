DROP VIEW public.account_emails;

DROP VIEW public.account_ids;

DROP VIEW public.account_list;

CREATE VIEW public.account_emails AS
SELECT accounts.id,
    accounts.email AS address
   FROM public.accounts;

CREATE VIEW public.account_list AS
SELECT accounts.id,
    accounts.email,
    accounts.created_at
   FROM public.accounts;

CREATE VIEW public.account_ids AS
SELECT account_list.id
   FROM public.account_list;

