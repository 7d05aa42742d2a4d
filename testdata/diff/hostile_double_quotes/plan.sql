-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-dropped: drops index "i""dx_old": queries that use it may slow down
DROP INDEX CONCURRENTLY public."i""dx_old";


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

-- hazard table-rewrite: changing column "co""l" of table public."we""ird" from integer to bigint rewrites the table and its indexes
ALTER TABLE public."we""ird" ALTER COLUMN "co""l" TYPE bigint;

-- hazard blocking-scan: SET NOT NULL on column "val""ue" scans table public."we""ird" while blocking writes
ALTER TABLE public."we""ird" ALTER COLUMN "val""ue" SET NOT NULL;

ALTER TABLE public."we""ird" ALTER COLUMN "val""ue" SET DEFAULT 7;

ALTER TABLE public."we""ird" ADD CONSTRAINT "ch""k" CHECK (("new""col" <> '"'::text)) NOT VALID;

ALTER TABLE public."we""ird" VALIDATE CONSTRAINT "ch""k";

ALTER TABLE public."an""other" ADD CONSTRAINT "f""k" FOREIGN KEY ("ref""id") REFERENCES public."we""ird"("co""l");

COMMENT ON COLUMN public."we""ird"."val""ue" IS 'col';

COMMENT ON TABLE public."we""ird" IS 'table with "quotes"';


-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-build: builds index "i""dx" on existing table public."we""ird" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "i""dx" ON public."we""ird" USING btree ("val""ue", "new""col");

