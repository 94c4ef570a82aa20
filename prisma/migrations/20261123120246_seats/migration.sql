-- AlterTable
ALTER TABLE "ClientAccount" ADD COLUMN     "seatLimit" INTEGER;

-- CreateTable
CREATE TABLE "SeatPresence" (
    "accountId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeatPresence_pkey" PRIMARY KEY ("accountId","sessionId")
);

-- CreateIndex
CREATE INDEX "SeatPresence_accountId_userId_idx" ON "SeatPresence"("accountId", "userId");

-- AddForeignKey
ALTER TABLE "SeatPresence" ADD CONSTRAINT "SeatPresence_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatPresence" ADD CONSTRAINT "SeatPresence_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatPresence" ADD CONSTRAINT "SeatPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
