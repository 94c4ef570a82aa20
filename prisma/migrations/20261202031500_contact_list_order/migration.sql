-- The contacts list goes by (lastName, firstName, id) in keyset pages within an account:
-- one index range scan a page, no sort of the account's contacts.

-- CreateIndex
CREATE INDEX "Contact_accountId_lastName_firstName_id_idx" ON "Contact"("accountId", "lastName", "firstName", "id");
