-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index "café_naïve_idx": queries that use it may slow down
DROP INDEX CONCURRENTLY public."café_naïve_idx";

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TYPE public."état" AS ENUM ('brouillon', 'publié', 'archivé');

ALTER TABLE public."café" ADD COLUMN "état" public."état" DEFAULT 'publié'::public."état" NOT NULL;

ALTER TABLE public."café" ADD COLUMN "名前" text;

SET LOCAL statement_timeout = '12h';

-- hazard data-loss: changing column "prix_€" of table public."café" from numeric to numeric(8,2) may fail or lose data for values that do not fit
-- hazard table-rewrite: changing the type of column "prix_€" rewrites table public."café"
ALTER TABLE public."café" ALTER COLUMN "prix_€" TYPE numeric(8,2);

SET LOCAL statement_timeout = '1min';

ALTER TABLE public."café" ADD CONSTRAINT "naïve_pgshape_nn" CHECK ("naïve" IS NOT NULL) NOT VALID;

ALTER TABLE public."café" ADD CONSTRAINT "prix_positif_€" CHECK (("prix_€" > (0)::numeric)) NOT VALID;

COMMENT ON TABLE public."café" IS 'menu, prix en €';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public."café" VALIDATE CONSTRAINT "naïve_pgshape_nn";

ALTER TABLE public."café" VALIDATE CONSTRAINT "prix_positif_€";

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public."café" ALTER COLUMN "naïve" SET NOT NULL;

ALTER TABLE public."café" DROP CONSTRAINT "naïve_pgshape_nn";

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index "café_prix_€_idx" on existing table public."café" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "café_prix_€_idx" ON public."café" USING btree ("prix_€");

-- hazard index-build: builds index "名前_idx" on existing table public."café" (concurrently: writes continue)
CREATE UNIQUE INDEX CONCURRENTLY "名前_idx" ON public."café" USING btree ("名前");

RESET lock_timeout;
RESET statement_timeout;
