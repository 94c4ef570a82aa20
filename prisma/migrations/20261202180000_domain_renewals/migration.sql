-- A paid domain renewal the registrar refused: the reason, and when it was last tried.
CREATE TABLE "DomainRenewalRefusal" (
    "invoiceLineId" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "values" JSONB NOT NULL DEFAULT '{}',
    "firstRefusedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastTriedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainRenewalRefusal_pkey" PRIMARY KEY ("invoiceLineId")
);
