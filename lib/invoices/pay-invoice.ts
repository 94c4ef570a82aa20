import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { gatewayFor } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { paymentReceiptEmail } from "@/emails/account/payment-receipt";
import type { TPayInvoice } from "./schemas";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { emitPaymentFailed } from "@/lib/webhooks/payment-failed";

/** Who pays: a member (invoices.pay, through the action) or the system (auto-pay, no actor). */
export type Payer = { accountId: string; userId: string | null; client: Pick<ClientInfo, "ip"> | null };

/** The message for an invoice that cannot be paid any more, read inside the transaction. */
function notPayable(status: "UNPAID" | "PAID" | "CANCELLED"): UserError {
  return new UserError(status === "CANCELLED" ? "invoiceCancelled" : "invoiceAlreadyPaid");
}

async function findInAccount(tx: Prisma.TransactionClient, payer: Payer, input: TPayInvoice) {
  // Both looked up inside the payer's account: another account's invoice or card is "not found".
  const invoice = await tx.invoice.findFirst({ where: { id: input.invoiceId, accountId: payer.accountId } });
  const method = await tx.paymentMethod.findFirst({ where: { id: input.methodId, accountId: payer.accountId } });
  if (!invoice || !method) throw new UserError("notFound");
  if (invoice.status !== "UNPAID") throw notPayable(invoice.status);
  return { invoice, method };
}

/**
 * Pays an unpaid invoice in full with a saved method of the same account. The invoice's
 * move to PAID, the gateway charge, the Payment row, the activity event and the receipt are
 * one transaction, so a declined card or any failure leaves nothing behind.
 *
 * Two payments at once: the conditional update (status = UNPAID) takes the invoice's row
 * lock first, so the second waits, then finds it PAID and is refused before charging; the
 * unique index on Payment.invoiceId stops anything that slipped past. The gateway is called
 * with the invoice and method as idempotency key, so a retry with the same card after a
 * failed commit is not a second charge.
 */
export async function payInvoice(payer: Payer, input: TPayInvoice): Promise<{ paymentId: string }> {
  const paidAt = new Date();
  const result = await db
    .$transaction(
    async (tx) => {
      const { invoice, method } = await findInAccount(tx, payer, input);
      const claimed = await tx.invoice.updateMany({ where: { id: invoice.id, accountId: payer.accountId, status: "UNPAID" }, data: { status: "PAID", paidAt } });
      if (claimed.count === 0) {
        const now = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } });
        throw notPayable(now.status);
      }

      const charge = await gatewayFor(method.gateway).charge({
        token: method.token,
        amountMinor: invoice.totalMinor,
        currency: invoice.currency,
        idempotencyKey: `${invoice.id}:${method.id}`,
        description: `Invoice ${invoice.number}`,
      });
      if (!charge.ok) throw new UserError(`payment.${charge.reason}`);

      const label = methodLabel(method);
      const payment = await tx.payment.create({
        data: {
          accountId: payer.accountId,
          invoiceId: invoice.id,
          methodId: method.id,
          amountMinor: invoice.totalMinor,
          currency: invoice.currency,
          gateway: method.gateway,
          gatewayReference: charge.reference,
          methodLabel: label,
          paidById: payer.userId,
        },
        select: { id: true },
      });
      await emitWebhookEvent(tx, { type: "invoice.paid", data: { accountId: payer.accountId, invoiceId: invoice.id, number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, paymentId: payment.id, paidAt: paidAt.toISOString() } });
      await recordActivity(tx, {
        accountId: payer.accountId,
        actorId: payer.userId,
        kind: "invoice.paid",
        client: payer.client,
        details: { number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, method: label, autoPay: payer.userId === null },
      });
      await notifyBilling(
        tx,
        payer.accountId,
        paymentReceiptEmail({
          number: invoice.number,
          amountMinor: invoice.totalMinor,
          currency: invoice.currency,
          method: label,
          paidAt,
          reference: charge.reference,
          url: appUrl(`/accounts/${payer.accountId}/invoices/${invoice.id}`),
        }),
      );
      return { paymentId: payment.id };
    },
      // A real gateway answers over the network while the invoice's row is locked.
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      if (error instanceof UserError && error.code.startsWith("payment.")) await emitPaymentFailed({ accountId: payer.accountId, invoiceId: input.invoiceId, reason: error.code.slice("payment.".length) });
      // The unique index on Payment.invoiceId: a payment that got past the status check.
      throw isUniqueViolation(error) ? new UserError("invoiceAlreadyPaid") : error;
    });
  deliverSoon();
  return result;
}
