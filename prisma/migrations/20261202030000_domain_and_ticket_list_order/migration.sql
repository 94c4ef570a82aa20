-- The domains list goes by (expiresAt, id) and the tickets list by (lastReplyAt desc, id desc)
-- in keyset pages within an account: one index range scan a page. The domain index extends
-- (accountId), which it replaces; the tickets' (accountId, status, lastReplyAt) stays for the
-- overview's per-status reads.

-- DropIndex
DROP INDEX "Domain_accountId_idx";

-- CreateIndex
CREATE INDEX "Domain_accountId_expiresAt_id_idx" ON "Domain"("accountId", "expiresAt", "id");

-- CreateIndex
CREATE INDEX "SupportTicket_accountId_lastReplyAt_id_idx" ON "SupportTicket"("accountId", "lastReplyAt", "id");
