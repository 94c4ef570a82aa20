import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A renewal already on its way for a domain: a DOMAIN_RENEWAL line not yet applied whose
 * invoice is unpaid (waiting for the member) or paid (waiting for the registrar). A cancelled
 * invoice's line is not on its way. A domain with one gets no second renewal invoice, whether
 * a member asks by hand or the auto-renew run comes by.
 */
export function pendingRenewalLine(domainId: string): Prisma.InvoiceLineWhereInput {
  return { purpose: "DOMAIN_RENEWAL", domainId, fulfilledAt: null, invoice: { status: { in: ["UNPAID", "PAID"] } } };
}

/** The same test for a domain list (the auto-renew run): domains with no renewal on its way. */
export const NO_PENDING_RENEWAL: Prisma.DomainWhereInput = {
  invoiceLines: { none: { purpose: "DOMAIN_RENEWAL", fulfilledAt: null, invoice: { status: { in: ["UNPAID", "PAID"] } } } },
};

/**
 * Serialises everything that issues a renewal for these domains, until the transaction ends:
 * a member's two clicks, two members, and the auto-renew run from two instances each wait
 * here, then see what the first one wrote. Taken in id order so two callers never deadlock.
 */
export async function lockDomainRenewals(tx: Prisma.TransactionClient, domainIds: string[]): Promise<void> {
  for (const id of [...new Set(domainIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('domain-renewal'), hashtext(${id}))`;
  }
}

/** The open renewal invoice of a domain, for its Pay action (null when none is waiting for payment). */
export function findOpenRenewalInvoice(tx: Prisma.TransactionClient, accountId: string, domainId: string) {
  return tx.invoice.findFirst({
    where: { accountId, status: "UNPAID", lines: { some: pendingRenewalLine(domainId) } },
    select: { id: true, number: true, totalMinor: true, currency: true, dueAt: true, lines: { where: { purpose: "DOMAIN_RENEWAL", domainId }, select: { years: true }, take: 1 } },
    orderBy: { issuedAt: "desc" },
  });
}
