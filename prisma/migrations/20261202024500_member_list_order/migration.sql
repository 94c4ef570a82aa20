-- The users page lists members by (createdAt, id) and pending invitations by (createdAt desc,
-- id desc), in keyset pages within an account: one index range scan a page, no sort. The
-- invitation index extends (accountId, status), which it replaces.

-- DropIndex
DROP INDEX "Invitation_accountId_status_idx";

-- CreateIndex
CREATE INDEX "Membership_accountId_createdAt_id_idx" ON "Membership"("accountId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Invitation_accountId_status_createdAt_id_idx" ON "Invitation"("accountId", "status", "createdAt", "id");
