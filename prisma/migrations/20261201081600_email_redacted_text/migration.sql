-- The copy of each email that anyone but its recipient may be shown (the account's email
-- history): its text with secret links replaced. New rows get it from the template
-- (emails/render.ts marks secret links). Rows written before have no marks, so their copy is
-- made here by replacing every link to a page that spends a secret token: invitations,
-- email verification, password reset and contacts' unsubscribe links. The placeholder is
-- the English text of `emails.common.secretLinkRedacted` (the only language shipped).
ALTER TABLE "EmailMessage" ADD COLUMN "redactedText" TEXT;

UPDATE "EmailMessage"
SET "redactedText" = regexp_replace(
  "text",
  'https?://\S+/(invite|verify-email|reset-password|unsubscribe)/\S+',
  '[link sent only to the recipient]',
  'g'
);

ALTER TABLE "EmailMessage" ALTER COLUMN "redactedText" SET NOT NULL;
