-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.m DETACH PARTITION public.m_2025;

CREATE TABLE public.audit (
    at timestamp with time zone NOT NULL,
    note text
);

ALTER TABLE public.accounts ADD CONSTRAINT email_pgshape_nn CHECK (email IS NOT NULL) NOT VALID;

SET LOCAL statement_timeout = '12h';

-- hazard blocking-scan: ATTACH PARTITION scans table public.m_2026 to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)
ALTER TABLE public.m ATTACH PARTITION public.m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.accounts VALIDATE CONSTRAINT email_pgshape_nn;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT email_pgshape_nn;

RESET lock_timeout;
RESET statement_timeout;
