import "server-only";
import { db } from "@/lib/db";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paymentsReceiptEmail } from "@/emails/account/payments-receipt";
import { lockInvoices } from "./payment-in-progress";
import { settleInvoice } from "./settle-invoice";

/** What a recorded card payment settled: one Payment per invoice, all carrying the one charge's reference. */
export type RecordedPayment = {
  paymentIds: string[];
  invoices: { id: string; number: string }[];
  amountMinor: number;
  currency: string;
  method: string;
};

export type RecordOptions = {
  /** Keeps the card typed in place, in the record's transaction, and names its new method (pay-invoices). */
  keepCard?: (tx: Prisma.TransactionClient) => Promise<string>;
};

async function attemptWithInvoices(tx: Prisma.TransactionClient, attemptId: string) {
  return tx.paymentAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    include: {
      invoices: { include: { invoice: { select: { id: true, accountId: true, number: true, totalMinor: true, currency: true, issuedAt: true } } } },
    },
  });
}

function invoicesOf(attempt: Awaited<ReturnType<typeof attemptWithInvoices>>) {
  return attempt.invoices.map((link) => link.invoice).sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.id.localeCompare(b.id));
}

/** The payment as recorded earlier, by whichever process recorded it first. */
async function alreadyRecorded(tx: Prisma.TransactionClient, attemptId: string): Promise<RecordedPayment | null> {
  const attempt = await attemptWithInvoices(tx, attemptId);
  if (attempt.status !== "SUCCEEDED" || !attempt.gatewayReference) return null;
  const invoices = invoicesOf(attempt);
  const payments = await tx.payment.findMany({ where: { invoiceId: { in: invoices.map((i) => i.id) }, gatewayReference: attempt.gatewayReference }, select: { id: true, invoiceId: true } });
  const paymentIds = invoices.map((invoice) => payments.find((p) => p.invoiceId === invoice.id)?.id).filter((id): id is string => id !== undefined);
  return { paymentIds, invoices: invoices.map(({ id, number }) => ({ id, number })), amountMinor: attempt.amountMinor, currency: attempt.currency, method: attempt.methodLabel };
}

/**
 * Step 3 of a card payment, after the gateway charged: in one transaction, the attempt
 * SUCCEEDED with the charge's reference, and each of its invoices settled by settleInvoice
 * (PAID, its Payment row, its invoice.paid activity and webhook); one receipt, the invoice's
 * own for one invoice, one listing them all for several. The caller calls deliverSoon() after.
 *
 * The payer's request and reconciliation may both arrive here for one attempt: the
 * conditional update of the attempt lets exactly one of them record it; the other gets the
 * payment as it was recorded (or null when there is none). An attempt reconciliation had
 * abandoned is still recorded: the gateway says it was charged, and that is the truth.
 */
export async function recordCardPayment(attemptId: string, charge: { reference: string }, options: RecordOptions = {}): Promise<RecordedPayment | null> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.paymentAttempt.updateMany({
      where: { id: attemptId, status: { in: ["PENDING", "ABANDONED"] } },
      data: { status: "SUCCEEDED", gatewayReference: charge.reference, finishedAt: new Date(), reconcilingUntil: null },
    });
    if (claimed.count === 0) return alreadyRecorded(tx, attemptId);

    const attempt = await attemptWithInvoices(tx, attemptId);
    const invoices = invoicesOf(attempt);
    await lockInvoices(tx, attempt.accountId, invoices.map((invoice) => invoice.id));
    const methodId = options.keepCard ? await options.keepCard(tx) : attempt.methodId;
    // The moment the payer paid; reconciliation records it later under the same date.
    const paidAt = attempt.createdAt;
    const single = invoices.length === 1;
    const takings = { methodId, gateway: attempt.gateway, reference: charge.reference, label: attempt.methodLabel };

    const paymentIds: string[] = [];
    for (const invoice of invoices) {
      const { paymentId } = await settleInvoice(tx, {
        invoice,
        paidAt,
        paidById: attempt.paidById,
        client: { ip: attempt.clientIp },
        // Nothing settles or cancels an invoice while its attempt is pending, so this is a fault, not a race.
        refusal: (status, number) => new UserError(status === "CANCELLED" ? "payInvoicesCancelled" : "payInvoicesAlreadyPaid", { number }),
        takings,
        details: { autoPay: attempt.autoPay },
        receipt: single ? "own" : "none",
      });
      paymentIds.push(paymentId);
    }
    if (!single) {
      await notifyBilling(
        tx,
        attempt.accountId,
        paymentsReceiptEmail({
          invoices: invoices.map((invoice) => ({ number: invoice.number, amountMinor: invoice.totalMinor })),
          amountMinor: attempt.amountMinor,
          currency: attempt.currency,
          method: attempt.methodLabel,
          paidAt,
          reference: charge.reference,
          url: appUrl(`/accounts/${attempt.accountId}/invoices?status=paid`),
        }),
      );
    }
    return { paymentIds, invoices: invoices.map(({ id, number }) => ({ id, number })), amountMinor: attempt.amountMinor, currency: attempt.currency, method: attempt.methodLabel };
  });
}
