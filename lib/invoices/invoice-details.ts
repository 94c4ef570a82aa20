import "server-only";
import { db } from "@/lib/db";
import { displayStatus } from "./invoice-status";
import { readSnapshot } from "./parties";
import { isUuid } from "@/lib/ids";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One invoice of the account with its lines, payments, the snapshots and the status as it
 * reads now; null for another account's id, the same as for one that does not exist.
 * `client`: a transaction's, to read an invoice it has just written (the invoice email's PDF).
 */
export async function invoiceDetails(accountId: string, invoiceId: string, now: Date = new Date(), client: Prisma.TransactionClient | typeof db = db) {
  if (!isUuid(invoiceId)) return null;
  const invoice = await client.invoice.findFirst({
    where: { id: invoiceId, accountId },
    include: {
      lines: { orderBy: { position: "asc" }, select: { position: true, description: true, quantity: true, unitPriceMinor: true, amountMinor: true, serviceId: true } },
      payments: { orderBy: { createdAt: "asc" }, select: { id: true, amountMinor: true, currency: true, methodLabel: true, gatewayReference: true, createdAt: true, paidBy: { select: { name: true } } } },
    },
  });
  if (!invoice) return null;
  return { ...invoice, seller: readSnapshot(invoice.seller), buyer: readSnapshot(invoice.buyer), displayStatus: displayStatus(invoice, now) };
}

export type InvoiceDetails = NonNullable<Awaited<ReturnType<typeof invoiceDetails>>>;
