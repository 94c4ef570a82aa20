-- Files sent with an email (the invoice's PDF with the new-invoice email), kept beside it in
-- the outbox until it is delivered: [{ "filename", "contentType", "contentBase64" }].
ALTER TABLE "EmailMessage" ADD COLUMN "attachments" JSONB NOT NULL DEFAULT '[]';
