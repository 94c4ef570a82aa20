import "server-only";
import { db } from "@/lib/db";
import { emitWebhookEvent } from "./emit";

/**
 * payment.failed: a refused charge rolls the payment's transaction back (nothing of it is
 * kept), so its event is written on its own, after that rollback, from what the invoice is.
 */
export async function emitPaymentFailed(input: { accountId: string; invoiceId: string; reason: string }): Promise<void> {
  const invoice = await db.invoice.findFirst({ where: { id: input.invoiceId, accountId: input.accountId }, select: { number: true, totalMinor: true, currency: true } });
  if (!invoice) return;
  await emitWebhookEvent(db, {
    type: "payment.failed",
    data: { accountId: input.accountId, invoiceId: input.invoiceId, number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, reason: input.reason },
  });
}
