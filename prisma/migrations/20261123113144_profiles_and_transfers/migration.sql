/*
  Warnings:

  - You are about to drop the column `tokenHash` on the `OwnershipTransfer` table. All the data in the column will be lost.

*/
-- DropForeignKey
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_profileId_fkey";

-- DropIndex
DROP INDEX "OwnershipTransfer_tokenHash_key";

-- AlterTable
ALTER TABLE "OwnershipTransfer" DROP COLUMN "tokenHash";

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "AccountProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
