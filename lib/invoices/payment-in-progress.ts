import "server-only";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Refuses to start anything that settles or cancels these invoices while a card payment of
 * one of them is pending: its charge may be on its way through the gateway, and a second
 * payment (another card, a bank transfer recorded by the provider) would take the money twice.
 * Call it holding the invoices' row locks: every attempt is opened under them, so the answer
 * cannot change before the caller commits.
 */
export async function refuseWhilePaymentPending(tx: Prisma.TransactionClient, invoices: readonly { id: string; number: string }[]): Promise<void> {
  const pending = await tx.paymentAttemptInvoice.findFirst({
    where: { invoiceId: { in: invoices.map((invoice) => invoice.id) }, attempt: { status: "PENDING" } },
    select: { invoiceId: true },
  });
  if (!pending) return;
  const number = invoices.find((invoice) => invoice.id === pending.invoiceId)!.number;
  throw new UserError("paymentInProgress", { number });
}

/** Takes the invoices' row locks in id order, so two payers of overlapping invoices cannot deadlock. */
export async function lockInvoices(tx: Prisma.TransactionClient, accountId: string, invoiceIds: readonly string[]): Promise<void> {
  const ids = [...invoiceIds].sort();
  await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ANY(${ids}::uuid[]) AND "accountId" = ${accountId}::uuid ORDER BY id FOR UPDATE`;
}
