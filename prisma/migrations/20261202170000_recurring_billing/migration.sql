-- Recurring billing and its scheduler (lib/jobs, lib/recurring-billing): one row per scheduled
-- job (when it runs next, who holds it), the payment reminders each invoice has had (each kind
-- once), and the services the billing run suspended for non-payment (the only ones it unsuspends).

-- CreateEnum
CREATE TYPE "InvoiceReminderKind" AS ENUM ('DUE_SOON', 'OVERDUE', 'OVERDUE_AGAIN');

-- CreateTable
CREATE TABLE "JobSchedule" (
    "name" TEXT NOT NULL,
    "nextRunAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastOutcome" JSONB,
    "lastError" TEXT,

    CONSTRAINT "JobSchedule_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "InvoiceReminder" (
    "invoiceId" UUID NOT NULL,
    "kind" "InvoiceReminderKind" NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceReminder_pkey" PRIMARY KEY ("invoiceId","kind")
);

-- CreateTable
CREATE TABLE "NonPaymentSuspension" (
    "serviceId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "suspendedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NonPaymentSuspension_pkey" PRIMARY KEY ("serviceId")
);

-- CreateIndex
CREATE INDEX "NonPaymentSuspension_invoiceId_idx" ON "NonPaymentSuspension"("invoiceId");

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NonPaymentSuspension" ADD CONSTRAINT "NonPaymentSuspension_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NonPaymentSuspension" ADD CONSTRAINT "NonPaymentSuspension_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
