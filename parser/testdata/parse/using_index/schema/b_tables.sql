CREATE TABLE "Accounts" ("Id" int, "Org" int, email text, code text, note text);
CREATE UNIQUE INDEX "Accounts_Id_Org_idx" ON "Accounts" ("Id", "Org");
CREATE UNIQUE INDEX accounts_email ON "Accounts" (email) INCLUDE (note);
CREATE UNIQUE INDEX "Code Idx" ON "Accounts" (code);
CREATE INDEX accounts_note ON "Accounts" (note);
