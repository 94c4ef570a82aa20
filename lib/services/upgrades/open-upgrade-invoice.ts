import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The service's upgrade invoice still waiting for payment, if any: while it is open the
 * service is not moved and no second upgrade is invoiced; the member is shown this one to pay.
 */
export async function openUpgradeInvoice(db: Prisma.TransactionClient, accountId: string, serviceId: string) {
  const line = await db.invoiceLine.findFirst({
    where: { serviceId, purpose: "SERVICE_UPGRADE", fulfilledAt: null, invoice: { accountId, status: "UNPAID" } },
    orderBy: { invoice: { issuedAt: "desc" } },
    select: { targetProduct: { select: { name: true } }, invoice: { select: { id: true, number: true, totalMinor: true, currency: true, dueAt: true } } },
  });
  return line ? { ...line.invoice, targetProduct: line.targetProduct?.name ?? null } : null;
}
