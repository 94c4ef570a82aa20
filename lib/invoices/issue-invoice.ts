import "server-only";
import { db } from "@/lib/db";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import { invoiceIssuedMessage } from "./invoice-email";
import { payInvoice } from "./pay-invoice";
import { ZIssueInvoice, type TIssueInvoice } from "./schemas";
import { writeInvoice } from "./write-invoice";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

export type IssuedInvoice = { id: string; number: string; totalMinor: number; autoPay: "off" | "paid" | "refused" };

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
  const issued = await db.$transaction(async (tx) => {
    const invoice = await writeInvoice(tx, { ...input, issuedAt: input.issuedAt ?? new Date() });
    await emitWebhookEvent(tx, { type: "invoice.issued", data: { accountId: input.accountId, invoiceId: invoice.id, number: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency, dueAt: invoice.dueAt.toISOString() } });
    await notifyBilling(tx, input.accountId, await invoiceIssuedMessage(tx, input.accountId, invoice.id));
    return invoice;
  });
  deliverSoon();

  const { id, number, totalMinor, autoPayMethodId } = issued;
  const invoice = { id, number, totalMinor };
  if (!autoPayMethodId) return { ...invoice, autoPay: "off" };
  try {
    await payInvoice({ accountId: input.accountId, userId: null, client: null }, { invoiceId: invoice.id, methodId: autoPayMethodId });
    return { ...invoice, autoPay: "paid" };
  } catch (error) {
    if (error instanceof UserError) return { ...invoice, autoPay: "refused" };
    throw error;
  }
}
