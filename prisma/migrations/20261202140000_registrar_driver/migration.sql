-- Domains go through a registrar driver (lib/registrars). Each domain names its driver; the
-- demo registrar keeps its registry in PostgreSQL, and the transfer (EPP auth) code is the
-- registrar's: it moves from Domain to the demo registry.

-- AlterTable
ALTER TABLE "Domain" ADD COLUMN "registrar" TEXT NOT NULL DEFAULT 'demo';

-- CreateTable
CREATE TABLE "DemoRegistrarDomain" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT true,
    "nameservers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "registrant" JSONB NOT NULL,
    "authCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DemoRegistrarDomain_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DemoRegistrarDomain_name_key" ON "DemoRegistrarDomain"("name");

-- Every domain the client area holds so far is held at the demo registrar, as the client area
-- knows it; the registrant is the contact, or the account itself.
INSERT INTO "DemoRegistrarDomain" ("id", "name", "expiresAt", "locked", "nameservers", "registrant", "authCode", "updatedAt")
SELECT gen_random_uuid(), d."name", d."expiresAt", d."locked", d."nameservers",
       CASE WHEN c."id" IS NULL
            THEN jsonb_build_object('name', a."legalName", 'organization', CASE WHEN a."kind" = 'COMPANY' THEN a."legalName" END, 'email', u."email", 'country', a."country")
            ELSE jsonb_build_object('name', c."firstName" || ' ' || c."lastName", 'organization', c."company", 'email', c."email", 'country', c."country")
       END,
       d."transferCode", CURRENT_TIMESTAMP
FROM "Domain" d
JOIN "ClientAccount" a ON a."id" = d."accountId"
JOIN "User" u ON u."id" = a."ownerId"
LEFT JOIN "Contact" c ON c."id" = d."registrantContactId";

-- AlterTable
ALTER TABLE "Domain" DROP COLUMN "transferCode";
