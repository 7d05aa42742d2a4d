CREATE TABLE "café" ("naïve" text, "prix_€" numeric);
CREATE INDEX "café_naïve_idx" ON "café" ("naïve");
