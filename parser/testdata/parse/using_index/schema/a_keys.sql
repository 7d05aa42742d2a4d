-- The keys come first in file order: each must still load after its index.
ALTER TABLE "Accounts" ADD CONSTRAINT "Accounts PK" PRIMARY KEY USING INDEX "Accounts_Id_Org_idx";
ALTER TABLE "Accounts" ADD UNIQUE USING INDEX accounts_email DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "Accounts" ADD CONSTRAINT code_key UNIQUE USING INDEX "Code Idx" DEFERRABLE;
COMMENT ON CONSTRAINT "Accounts PK" ON "Accounts" IS 'made from an index';
-- References the primary key without naming its columns: must load after it.
CREATE TABLE members (account_id int, org int, FOREIGN KEY (account_id, org) REFERENCES "Accounts");
