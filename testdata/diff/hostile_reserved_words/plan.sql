-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public."table" and all its rows
DROP TABLE public."table";

-- hazard data-loss: drops column "from" of table public."user" and its data
ALTER TABLE public."user" DROP COLUMN "from";

CREATE SCHEMA "group";

CREATE TYPE "group".type AS ENUM ('select', 'from', 'where');

CREATE SEQUENCE "group".sequence;

CREATE TABLE "group"."references" (
    "foreign" integer NOT NULL,
    key integer,
    CONSTRAINT "primary" PRIMARY KEY ("foreign")
);

ALTER TABLE public."user" ADD COLUMN "where" "group".type;

ALTER TABLE public."user" ADD COLUMN "limit" text;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column "order" of table public."user" from integer to bigint rewrites the table and its indexes
ALTER TABLE public."user" ALTER COLUMN "order" TYPE bigint;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public."user" ALTER COLUMN "order" SET DEFAULT 0;

ALTER TABLE public."user" ADD CONSTRAINT order_pgshape_nn CHECK ("order" IS NOT NULL) NOT VALID;

ALTER TABLE public."user" ADD CONSTRAINT "check" CHECK (("limit" <> 'offset'::text)) NOT VALID;

ALTER TABLE "group"."references" ADD CONSTRAINT "constraint" FOREIGN KEY (key) REFERENCES public."user"("select");


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public."user" VALIDATE CONSTRAINT order_pgshape_nn;

ALTER TABLE public."user" VALIDATE CONSTRAINT "check";

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public."user" ALTER COLUMN "order" SET NOT NULL;

ALTER TABLE public."user" DROP CONSTRAINT order_pgshape_nn;

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index index on existing table public."user" (concurrently: writes continue)
CREATE UNIQUE INDEX CONCURRENTLY index ON public."user" USING btree ("order") WHERE ("order" > 0);

RESET lock_timeout;
RESET statement_timeout;
