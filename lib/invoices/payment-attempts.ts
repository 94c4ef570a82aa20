import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/** What a card payment will record once charged, written before the gateway is called. */
export type AttemptDraft = {
  accountId: string;
  invoiceIds: readonly string[];
  gateway: string;
  /** The saved method charged; null for a card typed in place (kept, if asked, when recorded). */
  methodId: string | null;
  methodLabel: string;
  amountMinor: number;
  currency: string;
  paidById: string | null;
  clientIp: string | null;
  autoPay: boolean;
};

export type OpenedAttempt = { id: string; accountId: string; invoiceIds: readonly string[]; amountMinor: number; currency: string };

/**
 * Step 1 of a card payment: the PENDING attempt, written in the caller's transaction, which
 * holds the invoices' locks and has checked they are unpaid with no other attempt pending
 * (refuseWhilePaymentPending). Its id becomes the charge's idempotency key.
 */
export async function openAttempt(tx: Prisma.TransactionClient, draft: AttemptDraft): Promise<OpenedAttempt> {
  const { invoiceIds, ...attempt } = draft;
  const created = await tx.paymentAttempt.create({
    data: { ...attempt, invoices: { create: invoiceIds.map((invoiceId) => ({ invoiceId })) } },
    select: { id: true },
  });
  return { id: created.id, accountId: draft.accountId, invoiceIds, amountMinor: draft.amountMinor, currency: draft.currency };
}

/**
 * The gateway refused the charge: the attempt is FAILED (so the invoices are payable again)
 * and payment.failed is written for each invoice, in one transaction. Only a PENDING attempt
 * moves: run twice (the payer's request and reconciliation), the event goes out once.
 */
export async function failAttempt(attempt: { id: string; accountId: string; invoiceIds: readonly string[] }, reason: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const failed = await tx.paymentAttempt.updateMany({ where: { id: attempt.id, status: "PENDING" }, data: { status: "FAILED", failureReason: reason, finishedAt: now, reconcilingUntil: null } });
    if (failed.count === 0) return false;
    const invoices = await tx.invoice.findMany({ where: { id: { in: [...attempt.invoiceIds] }, accountId: attempt.accountId }, orderBy: { id: "asc" }, select: { id: true, number: true, totalMinor: true, currency: true } });
    for (const invoice of invoices) {
      await emitWebhookEvent(tx, {
        type: "payment.failed",
        data: { accountId: attempt.accountId, invoiceId: invoice.id, number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency, reason },
      });
    }
    return true;
  });
}

/** Reconciliation found that the gateway never charged this attempt: the invoices are payable again. */
export async function abandonAttempt(attemptId: string, now: Date): Promise<boolean> {
  const abandoned = await db.paymentAttempt.updateMany({ where: { id: attemptId, status: "PENDING" }, data: { status: "ABANDONED", finishedAt: now, reconcilingUntil: null } });
  return abandoned.count === 1;
}
