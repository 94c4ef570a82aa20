-- AlterTable
ALTER TABLE "ClientAccount" ADD COLUMN     "documentLocale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- Existing accounts keep writing in the language their owner reads.
UPDATE "ClientAccount" a SET "documentLocale" = u.locale FROM "User" u WHERE u.id = a."ownerId";
