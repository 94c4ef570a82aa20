-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "signUpUserId" UUID;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_signUpUserId_fkey" FOREIGN KEY ("signUpUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
