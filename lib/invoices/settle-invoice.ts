import "server-only";
import { recordActivity } from "@/lib/audit/record-activity";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { paymentReceiptEmail } from "@/emails/account/payment-receipt";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

type Unpayable = "PAID" | "CANCELLED";

/** The money as it came in: by a gateway charge (a card) or recorded by the provider (a bank transfer). */
export type Takings = { methodId: string | null; gateway: string; reference: string; label: string };

export type Settlement = {
  invoice: { id: string; accountId: string; number: string; totalMinor: number; currency: string };
  paidAt: Date;
  /** The member who paid, or null: auto-pay or the provider. */
  paidById: string | null;
  client: Pick<ClientInfo, "ip"> | null;
  /** Why an invoice that is no longer UNPAID cannot be settled, in the caller's words. */
  refusal: (status: Unpayable, number: string) => UserError;
  /** How the money arrived: a card charge already made (record-card-payment.ts) or a bank transfer. */
  takings: Takings;
  /** Extra activity details: autoPay for a card payment. */
  details?: Prisma.InputJsonObject;
  /**
   * Whether this invoice's own receipt goes out (the default). Paying several invoices with
   * one charge sends one receipt for all of them instead (lib/invoices/pay-invoices.ts).
   */
  receipt?: "own" | "none";
};

/**
 * Settles an unpaid invoice in full, in the caller's transaction: the invoice PAID, the
 * Payment row, the invoice.paid webhook and activity event and the receipt to the billing
 * recipients, whichever way the money came (a card charge recorded by recordCardPayment, the
 * provider's record of a bank transfer). It never calls a gateway: a card is charged before,
 * outside any transaction (charge-attempt.ts). The caller calls deliverSoon() after commit.
 *
 * The conditional update (status = UNPAID) decides between two settlements of one invoice:
 * the second finds it PAID and is refused; the unique index on Payment.invoiceId stops
 * anything that slipped past.
 */
export async function settleInvoice(tx: Prisma.TransactionClient, settlement: Settlement): Promise<{ paymentId: string }> {
  const { invoice, paidAt } = settlement;
  const claimed = await tx.invoice.updateMany({ where: { id: invoice.id, accountId: invoice.accountId, status: "UNPAID" }, data: { status: "PAID", paidAt } });
  if (claimed.count === 0) {
    const now = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } });
    throw settlement.refusal(now.status === "CANCELLED" ? "CANCELLED" : "PAID", invoice.number);
  }

  const { takings } = settlement;
  const payment = await tx.payment.create({
    data: {
      accountId: invoice.accountId,
      invoiceId: invoice.id,
      methodId: takings.methodId,
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      gateway: takings.gateway,
      gatewayReference: takings.reference,
      methodLabel: takings.label,
      paidById: settlement.paidById,
      createdAt: paidAt,
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "invoice.paid", data: { accountId: invoice.accountId, invoiceId: invoice.id, number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, paymentId: payment.id, paidAt: paidAt.toISOString() } });
  await recordActivity(tx, {
    accountId: invoice.accountId,
    actorId: settlement.paidById,
    kind: "invoice.paid",
    client: settlement.client,
    details: { number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, method: takings.label, gateway: takings.gateway, ...settlement.details },
  });
  if (settlement.receipt === "none") return { paymentId: payment.id };
  await notifyBilling(
    tx,
    invoice.accountId,
    paymentReceiptEmail({
      number: invoice.number,
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      method: takings.label,
      paidAt,
      reference: takings.reference,
      url: appUrl(`/accounts/${invoice.accountId}/invoices/${invoice.id}`),
    }),
  );
  return { paymentId: payment.id };
}
