-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops column qty of table "My Schema"."Order Items" and its data
ALTER TABLE "My Schema"."Order Items" DROP COLUMN qty;

ALTER TABLE "My Schema"."Order Items" ADD COLUMN "Qty" integer;

ALTER TABLE "My Schema"."Order Items" ADD COLUMN "Customer ID" integer;

ALTER TABLE public."Customers" ADD COLUMN "Id" text;

ALTER TABLE "My Schema"."Order Items" ALTER COLUMN "UnitPrice" TYPE numeric(12,2);

ALTER TABLE "My Schema"."Order Items" ADD CONSTRAINT "UnitPrice_pgshape_nn" CHECK ("UnitPrice" IS NOT NULL) NOT VALID;

ALTER TABLE "My Schema"."Order Items" ADD CONSTRAINT "FK Customer" FOREIGN KEY ("Customer ID") REFERENCES public."Customers"("ID") NOT VALID;

COMMENT ON COLUMN "My Schema"."Order Items"."UnitPrice" IS 'Price Per Unit';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE "My Schema"."Order Items" VALIDATE CONSTRAINT "UnitPrice_pgshape_nn";

ALTER TABLE "My Schema"."Order Items" VALIDATE CONSTRAINT "FK Customer";

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE "My Schema"."Order Items" ALTER COLUMN "UnitPrice" SET NOT NULL;

ALTER TABLE "My Schema"."Order Items" DROP CONSTRAINT "UnitPrice_pgshape_nn";

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index "Order Items By Price" on existing table "My Schema"."Order Items" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "Order Items By Price" ON "My Schema"."Order Items" USING btree ("UnitPrice" DESC);

-- hazard index-build: builds the index of UNIQUE "Customers_id_key" on existing table public."Customers" concurrently (writes continue); if rows break the constraint, the build fails and leaves an invalid index
CREATE UNIQUE INDEX CONCURRENTLY "Customers_id_key" ON public."Customers" USING btree (id);

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TABLE public."Customers" ADD CONSTRAINT "Customers_id_key" UNIQUE USING INDEX "Customers_id_key";

RESET lock_timeout;
RESET statement_timeout;
