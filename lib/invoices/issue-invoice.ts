import "server-only";
import { db } from "@/lib/db";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invoiceIssuedMessage } from "./invoice-email";
import { payInvoice } from "./pay-invoice";
import { ZIssueInvoice, type TIssueInvoice } from "./schemas";
import { writeInvoice, type InvoiceToWrite, type WrittenInvoice } from "./write-invoice";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

export type AutoPayOutcome = "off" | "paid" | "refused";
export type IssuedInvoice = { id: string; number: string; totalMinor: number; autoPay: AutoPayOutcome };

/**
 * Issues an invoice to an account: the provider's side (billing runs, the seed's
 * counterpart, tests), not a member's action. The rows are writeInvoice's (the parties as
 * they are now, the next number of the year under a lock); the invoice email (totals, PDF attached,
 * Pay button) goes to the billing recipients and the invoice addresses in the same transaction. With auto-pay on and
 * a default method, the invoice is then paid in a transaction of its own: a refused card
 * leaves it issued and unpaid.
 */
export async function issueInvoice(request: TIssueInvoice): Promise<IssuedInvoice> {
  const input = ZIssueInvoice.parse(request);
  const issued = await db.$transaction((tx) => issueInvoiceInTransaction(tx, { ...input, issuedAt: input.issuedAt ?? new Date() }));
  deliverSoon();
  return { id: issued.id, number: issued.number, totalMinor: issued.totalMinor, autoPay: await autoPayIssuedInvoice(input.accountId, issued) };
}

/**
 * The part of issuing that belongs in the caller's transaction: the rows, the invoice.issued
 * webhook and the invoice email. The recurring billing run (lib/recurring-billing) calls it
 * with the services it bills locked in the same transaction, so a period is invoiced once.
 * The caller calls deliverSoon() after commit, then autoPayIssuedInvoice.
 */
export async function issueInvoiceInTransaction(tx: Prisma.TransactionClient, input: InvoiceToWrite): Promise<WrittenInvoice> {
  const invoice = await writeInvoice(tx, input);
  await emitWebhookEvent(tx, { type: "invoice.issued", data: { accountId: input.accountId, invoiceId: invoice.id, number: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency, dueAt: invoice.dueAt.toISOString() } });
  await notifyBilling(tx, input.accountId, await invoiceIssuedMessage(tx, input.accountId, invoice.id));
  return invoice;
}

/**
 * Auto-pay at issue, after the issuing transaction has committed (a card charge never runs
 * inside it): with auto-pay on and a default method the invoice is paid through payInvoice;
 * a refused card leaves it issued and unpaid, and the reminders take over.
 */
export async function autoPayIssuedInvoice(accountId: string, invoice: Pick<WrittenInvoice, "id" | "autoPayMethodId">): Promise<AutoPayOutcome> {
  if (!invoice.autoPayMethodId) return "off";
  try {
    await payInvoice({ accountId, userId: null, client: null }, { invoiceId: invoice.id, methodId: invoice.autoPayMethodId });
    return "paid";
  } catch (error) {
    if (error instanceof UserError) return "refused";
    throw error;
  }
}
