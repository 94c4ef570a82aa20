import "server-only";
import { db } from "@/lib/db";
import { gatewayFor } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { TPayInvoice } from "./schemas";
import { chargeAttempt } from "./charge-attempt";
import { openAttempt } from "./payment-attempts";
import { lockInvoices, refuseWhilePaymentPending } from "./payment-in-progress";

/** Who pays: a member (invoices.pay, through the action) or the system (auto-pay, no actor). */
export type Payer = { accountId: string; userId: string | null; client: Pick<ClientInfo, "ip"> | null };

/** The message for an invoice that cannot be paid any more, read under the invoice's lock. */
function notPayable(status: "UNPAID" | "PAID" | "CANCELLED"): UserError {
  return new UserError(status === "CANCELLED" ? "invoiceCancelled" : "invoiceAlreadyPaid");
}

/**
 * Step 1: under the invoice's lock, checks it can be paid and commits a PENDING attempt.
 * The invoice and the method are both looked up inside the payer's account: another
 * account's invoice or card is "not found". A second payment arriving meanwhile waits for
 * the lock, then finds the attempt (paymentInProgress) or the invoice paid: never a second charge.
 */
async function openCardAttempt(payer: Payer, input: TPayInvoice) {
  return db.$transaction(async (tx) => {
    await lockInvoices(tx, payer.accountId, [input.invoiceId]);
    const invoice = await tx.invoice.findFirst({ where: { id: input.invoiceId, accountId: payer.accountId } });
    const method = await tx.paymentMethod.findFirst({ where: { id: input.methodId, accountId: payer.accountId } });
    if (!invoice || !method) throw new UserError("notFound");
    if (invoice.status !== "UNPAID") throw notPayable(invoice.status);
    await refuseWhilePaymentPending(tx, [invoice]);
    const attempt = await openAttempt(tx, {
      accountId: payer.accountId,
      invoiceIds: [invoice.id],
      gateway: method.gateway,
      methodId: method.id,
      methodLabel: methodLabel(method),
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      paidById: payer.userId,
      clientIp: payer.client?.ip ?? null,
      autoPay: payer.userId === null,
    });
    return { attempt, gateway: method.gateway, token: method.token, description: `Invoice ${invoice.number}` };
  });
}

/**
 * Pays an unpaid invoice in full with a saved method of the same account, charging the card
 * exactly once, in three steps with no transaction open while the gateway answers: the
 * pending attempt (committed), the charge under the attempt's id, the record (the invoice
 * PAID, the Payment row, the activity event, invoice.paid and the receipt, in one
 * transaction). See chargeAttempt for a refusal, a lost answer or a failed record.
 */
export async function payInvoice(payer: Payer, input: TPayInvoice): Promise<{ paymentId: string }> {
  const { attempt, gateway, token, description } = await openCardAttempt(payer, input);
  const recorded = await chargeAttempt({ attempt, gateway: gatewayFor(gateway), token, description });
  deliverSoon();
  return { paymentId: recorded.paymentIds[0]! };
}
