-- The services list is paginated by keyset on (productName, id) within an account, with or
-- without a kind filter: these indexes give each page as one range scan, no sort of the account's
-- services. The (accountId, kind, …) index also serves the per-kind counts the old one did.

-- DropIndex
DROP INDEX "Service_accountId_kind_idx";

-- CreateIndex
CREATE INDEX "Service_accountId_productName_id_idx" ON "Service"("accountId", "productName", "id");

-- CreateIndex
CREATE INDEX "Service_accountId_kind_productName_id_idx" ON "Service"("accountId", "kind", "productName", "id");
