-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "responseMessage" TEXT,
ADD COLUMN     "settledAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DemoPanelAccount" ADD COLUMN     "suspended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "terminatedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ServiceRequest_status_id_idx" ON "ServiceRequest"("status", "id");
