-- hazard data-loss: drops table public."drop me"";--" and all its rows
DROP TABLE public."drop me"";--";

CREATE TYPE public."e""; DROP TABLE victims; --" AS ENUM ('''); DROP TABLE victims; --', 'ok');

CREATE SEQUENCE public."s$1; DROP TABLE victims; --";

ALTER TABLE public."x""; DROP TABLE victims; --" ADD COLUMN "b */ DROP TABLE victims; /*" integer;

-- hazard table-rewrite: changing column "'; DROP TABLE victims; --" of table public."x""; DROP TABLE victims; --" from integer to bigint rewrites the table and its indexes
-- hazard blocking-scan: SET NOT NULL on column "'; DROP TABLE victims; --" scans table public."x""; DROP TABLE victims; --" while blocking writes
ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" TYPE bigint;

ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" SET NOT NULL;

ALTER TABLE public."x""; DROP TABLE victims; --" ALTER COLUMN "'; DROP TABLE victims; --" SET DEFAULT 1;

ALTER TABLE public."x""; DROP TABLE victims; --" ADD CONSTRAINT "c""); DROP TABLE victims; --" CHECK ((a <> ''');DROP TABLE victims;--'::text)) NOT VALID;

ALTER TABLE public."x""; DROP TABLE victims; --" VALIDATE CONSTRAINT "c""); DROP TABLE victims; --";

COMMENT ON TABLE public."x""; DROP TABLE victims; --" IS '''; DROP TABLE victims; --';


-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-build: builds index "i""; DROP TABLE victims; --" on existing table public."x""; DROP TABLE victims; --" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "i""; DROP TABLE victims; --" ON public."x""; DROP TABLE victims; --" USING btree (a);

