-- The catalog the provider sells (lib/catalog): plans with their limits and prices per billing
-- cycle and currency, and domain extensions with their prices per number of years. A service
-- remembers the plan it was ordered as.

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "sold" BOOLEAN NOT NULL DEFAULT true,
    "diskLimitMb" INTEGER,
    "bandwidthLimitMb" INTEGER,
    "mailboxesLimit" INTEGER,
    "cpuCores" INTEGER,
    "memoryMb" INTEGER,
    "panelDriver" TEXT NOT NULL DEFAULT 'demo',
    "server" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductPrice" (
    "productId" UUID NOT NULL,
    "cycle" "BillingCycle" NOT NULL,
    "currency" TEXT NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductPrice_pkey" PRIMARY KEY ("productId","cycle","currency")
);

-- CreateTable
CREATE TABLE "DomainExtension" (
    "extension" TEXT NOT NULL,
    "registrar" TEXT NOT NULL DEFAULT 'demo',
    "sold" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainExtension_pkey" PRIMARY KEY ("extension")
);

-- CreateTable
CREATE TABLE "DomainPrice" (
    "extension" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "years" INTEGER NOT NULL,
    "registerMinor" INTEGER NOT NULL,
    "renewMinor" INTEGER NOT NULL,
    "transferMinor" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainPrice_pkey" PRIMARY KEY ("extension","currency","years")
);

-- AlterTable
ALTER TABLE "Service" ADD COLUMN "productId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_kind_tier_idx" ON "Product"("kind", "tier");

-- AddForeignKey
ALTER TABLE "ProductPrice" ADD CONSTRAINT "ProductPrice_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainPrice" ADD CONSTRAINT "DomainPrice_extension_fkey" FOREIGN KEY ("extension") REFERENCES "DomainExtension"("extension") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What paying an invoice line does beyond settling money (lib/invoices/money.ts
-- InvoiceLinePurpose): renewals, upgrades and order items, applied once after payment.

-- CreateEnum
CREATE TYPE "InvoiceLinePurpose" AS ENUM ('CHARGE', 'SERVICE_PERIOD', 'DOMAIN_RENEWAL', 'SERVICE_UPGRADE', 'ORDER_ITEM');

-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "domainId" UUID,
ADD COLUMN     "fulfilledAt" TIMESTAMP(3),
ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "purpose" "InvoiceLinePurpose" NOT NULL DEFAULT 'CHARGE',
ADD COLUMN     "targetProductId" UUID,
ADD COLUMN     "years" INTEGER;

-- CreateIndex
CREATE INDEX "InvoiceLine_domainId_idx" ON "InvoiceLine"("domainId");

-- CreateIndex
CREATE INDEX "InvoiceLine_purpose_fulfilledAt_idx" ON "InvoiceLine"("purpose", "fulfilledAt");

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_targetProductId_fkey" FOREIGN KEY ("targetProductId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;
