CREATE TABLE "we""ird" ("co""l" integer CONSTRAINT "pk""x" PRIMARY KEY, "old""col" text, "val""ue" integer);
CREATE INDEX "i""dx_old" ON "we""ird" ("old""col");
CREATE TABLE "gone""table" (id integer);
