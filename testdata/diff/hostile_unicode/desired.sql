-- unicode identifiers (accents, euro sign, CJK) for tables, columns, constraints, indexes, enum values
CREATE TYPE "état" AS ENUM ('brouillon', 'publié', 'archivé');
CREATE TABLE "café" ("naïve" text NOT NULL, "prix_€" numeric(8,2) CONSTRAINT "prix_positif_€" CHECK ("prix_€" > 0),
    "état" "état" NOT NULL DEFAULT 'publié', "名前" text);
CREATE INDEX "café_prix_€_idx" ON "café" ("prix_€");
CREATE UNIQUE INDEX "名前_idx" ON "café" ("名前");
COMMENT ON TABLE "café" IS 'menu, prix en €';
