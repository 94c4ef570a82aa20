-- Charging exactly once (issue 16, item 7): a card payment is first an attempt, committed
-- before the gateway is called; its id is the charge's idempotency key. The demo gateway
-- keeps its own books of charges by key, as a real gateway does.

-- CreateEnum
CREATE TYPE "PaymentAttemptStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'ABANDONED');

-- CreateTable
CREATE TABLE "PaymentAttempt" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "status" "PaymentAttemptStatus" NOT NULL DEFAULT 'PENDING',
    "gateway" TEXT NOT NULL,
    "methodId" UUID,
    "methodLabel" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "paidById" UUID,
    "clientIp" TEXT,
    "autoPay" BOOLEAN NOT NULL DEFAULT false,
    "gatewayReference" TEXT,
    "failureReason" TEXT,
    "reconcilingUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentAttemptInvoice" (
    "attemptId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,

    CONSTRAINT "PaymentAttemptInvoice_pkey" PRIMARY KEY ("attemptId","invoiceId")
);

-- CreateTable
CREATE TABLE "DemoGatewayCharge" (
    "idempotencyKey" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "reference" TEXT,
    "refusal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemoGatewayCharge_pkey" PRIMARY KEY ("idempotencyKey")
);

-- CreateIndex
CREATE INDEX "PaymentAttempt_status_createdAt_idx" ON "PaymentAttempt"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PaymentAttemptInvoice_invoiceId_idx" ON "PaymentAttemptInvoice"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "DemoGatewayCharge_reference_key" ON "DemoGatewayCharge"("reference");

-- AddForeignKey
ALTER TABLE "PaymentAttempt" ADD CONSTRAINT "PaymentAttempt_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "PaymentMethod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAttemptInvoice" ADD CONSTRAINT "PaymentAttemptInvoice_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PaymentAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAttemptInvoice" ADD CONSTRAINT "PaymentAttemptInvoice_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
