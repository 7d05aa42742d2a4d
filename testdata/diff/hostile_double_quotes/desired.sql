-- identifiers containing double quotes: created, altered, dropped
CREATE TABLE "we""ird" ("co""l" bigint CONSTRAINT "pk""x" PRIMARY KEY, "val""ue" integer NOT NULL DEFAULT 7,
    "new""col" text CONSTRAINT "ch""k" CHECK ("new""col" <> '"'));
CREATE INDEX "i""dx" ON "we""ird" ("val""ue", "new""col");
CREATE TABLE "an""other" (id integer PRIMARY KEY, "ref""id" bigint CONSTRAINT "f""k" REFERENCES "we""ird" ("co""l"));
COMMENT ON TABLE "we""ird" IS 'table with "quotes"';
COMMENT ON COLUMN "we""ird"."val""ue" IS 'col';
