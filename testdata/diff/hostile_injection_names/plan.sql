-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public."drop me"";--" and all its rows
DROP TABLE public."drop me"";--";

CREATE TYPE public."e""; DROP TABLE victims; --" AS ENUM ('''); DROP TABLE victims; --', 'ok');

CREATE SEQUENCE public."s$1; DROP TABLE victims; --";

ALTER TABLE public."x""; DROP TABLE victims; --" ADD COLUMN "b */ DROP TABLE victims; /*" integer;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column "'; DROP TABLE victims; --" of table public."x""; DROP TABLE victims; --" from integer to bigint rewrites the table and its indexes
ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" TYPE bigint;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" SET DEFAULT 1;

ALTER TABLE public."x""; DROP TABLE victims; --" ADD CONSTRAINT "'; DROP TABLE victims; --_pgshape_nn" CHECK ("'; DROP TABLE victims; --" IS NOT NULL) NOT VALID;

ALTER TABLE public."x""; DROP TABLE victims; --" ADD CONSTRAINT "c""); DROP TABLE victims; --" CHECK ((a <> ''');DROP TABLE victims;--'::text)) NOT VALID;

COMMENT ON TABLE public."x""; DROP TABLE victims; --" IS '''; DROP TABLE victims; --';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public."x""; DROP TABLE victims; --" VALIDATE CONSTRAINT "'; DROP TABLE victims; --_pgshape_nn";

ALTER TABLE public."x""; DROP TABLE victims; --" VALIDATE CONSTRAINT "c""); DROP TABLE victims; --";

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" SET NOT NULL;

ALTER TABLE public."x""; DROP TABLE victims; --" DROP CONSTRAINT "'; DROP TABLE victims; --_pgshape_nn";

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index "i""; DROP TABLE victims; --" on existing table public."x""; DROP TABLE victims; --" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "i""; DROP TABLE victims; --" ON public."x""; DROP TABLE victims; --" USING btree (a);

RESET lock_timeout;
RESET statement_timeout;
