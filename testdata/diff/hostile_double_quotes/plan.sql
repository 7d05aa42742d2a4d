-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index "i""dx_old": queries that use it may slow down
DROP INDEX CONCURRENTLY public."i""dx_old";

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public."gone""table" and all its rows
DROP TABLE public."gone""table";

-- hazard data-loss: drops column "old""col" of table public."we""ird" and its data
ALTER TABLE public."we""ird" DROP COLUMN "old""col";

CREATE TABLE public."an""other" (
    id integer NOT NULL,
    "ref""id" bigint,
    CONSTRAINT "an""other_pkey" PRIMARY KEY (id)
);

ALTER TABLE public."we""ird" ADD COLUMN "new""col" text;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column "co""l" of table public."we""ird" from integer to bigint rewrites the table and its indexes
ALTER TABLE public."we""ird" ALTER COLUMN "co""l" TYPE bigint;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public."we""ird" ALTER COLUMN "val""ue" SET DEFAULT 7;

ALTER TABLE public."we""ird" ADD CONSTRAINT "val""ue_pgshape_nn" CHECK ("val""ue" IS NOT NULL) NOT VALID;

ALTER TABLE public."we""ird" ADD CONSTRAINT "ch""k" CHECK (("new""col" <> '"'::text)) NOT VALID;

ALTER TABLE public."an""other" ADD CONSTRAINT "f""k" FOREIGN KEY ("ref""id") REFERENCES public."we""ird"("co""l");

COMMENT ON COLUMN public."we""ird"."val""ue" IS 'col';

COMMENT ON TABLE public."we""ird" IS 'table with "quotes"';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public."we""ird" VALIDATE CONSTRAINT "val""ue_pgshape_nn";

ALTER TABLE public."we""ird" VALIDATE CONSTRAINT "ch""k";

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public."we""ird" ALTER COLUMN "val""ue" SET NOT NULL;

ALTER TABLE public."we""ird" DROP CONSTRAINT "val""ue_pgshape_nn";

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index "i""dx" on existing table public."we""ird" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "i""dx" ON public."we""ird" USING btree ("val""ue", "new""col");

RESET lock_timeout;
RESET statement_timeout;
