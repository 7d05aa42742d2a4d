-- hazard data-loss: drops column qty of table "My Schema"."Order Items" and its data
ALTER TABLE "My Schema"."Order Items" DROP COLUMN qty;

ALTER TABLE "My Schema"."Order Items" ADD COLUMN "Qty" integer;

ALTER TABLE "My Schema"."Order Items" ADD COLUMN "Customer ID" integer;

ALTER TABLE public."Customers" ADD COLUMN "Id" text;

-- hazard blocking-scan: SET NOT NULL on column "UnitPrice" scans table "My Schema"."Order Items" while blocking writes
ALTER TABLE "My Schema"."Order Items" ALTER COLUMN "UnitPrice" TYPE numeric(12,2);

ALTER TABLE "My Schema"."Order Items" ALTER COLUMN "UnitPrice" SET NOT NULL;

-- hazard blocking-scan: adding UNIQUE "Customers_id_key" builds its index on table public."Customers" while blocking writes
ALTER TABLE public."Customers" ADD CONSTRAINT "Customers_id_key" UNIQUE (id);

ALTER TABLE "My Schema"."Order Items" ADD CONSTRAINT "FK Customer" FOREIGN KEY ("Customer ID") REFERENCES public."Customers"("ID") NOT VALID;

ALTER TABLE "My Schema"."Order Items" VALIDATE CONSTRAINT "FK Customer";

COMMENT ON COLUMN "My Schema"."Order Items"."UnitPrice" IS 'Price Per Unit';


-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-build: builds index "Order Items By Price" on existing table "My Schema"."Order Items" (concurrently: writes continue)
CREATE INDEX CONCURRENTLY "Order Items By Price" ON "My Schema"."Order Items" USING btree ("UnitPrice" DESC);

