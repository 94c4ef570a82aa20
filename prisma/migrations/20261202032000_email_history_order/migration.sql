-- The account's email history goes by (createdAt desc, id desc) in keyset pages: the index
-- (accountId, createdAt) gains the id, so rows written in one instant (one message's
-- recipients) are ordered by the index too and a page needs no sort.

-- DropIndex
DROP INDEX "EmailMessage_accountId_createdAt_idx";

-- CreateIndex
CREATE INDEX "EmailMessage_accountId_createdAt_id_idx" ON "EmailMessage"("accountId", "createdAt", "id");
