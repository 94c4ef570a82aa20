import "server-only";
import { db } from "@/lib/db";
import { gatewayFor } from "@/lib/billing/gateways/registry";
import { deliverSoon } from "@/lib/email/outbox";
import { logger } from "@/lib/observability/logger";
import { abandonAttempt, failAttempt } from "./payment-attempts";
import { recordCardPayment } from "./record-card-payment";

/**
 * How long an attempt may stay PENDING before reconciliation asks the gateway about it. The
 * payer's own request charges and records within seconds; an attempt older than this was
 * left by a crash, a lost answer or a failed commit. It must stay well above the longest a
 * gateway takes to answer a charge, or a charge still on its way could be found "unknown".
 */
export const RECONCILE_AFTER_MS = 5 * 60_000;

/** How long one run holds the attempts it took, so a second run at the same time leaves them alone. */
const HOLD_MS = 2 * 60_000;
const BATCH = 100;

export type Reconciliation = { recorded: number; failed: number; released: number; unresolved: number };

/**
 * Takes up to BATCH attempts pending longer than the grace period and not held by another
 * run, and holds them (reconcilingUntil) in one statement: two runs at once take disjoint
 * sets (FOR UPDATE SKIP LOCKED), and no row lock is kept while the gateway is asked.
 */
async function takeStaleAttempts(now: Date) {
  // Timestamps are UTC in `timestamp without time zone` columns: every bound is given as UTC.
  const utc = (at: Date) => at.toISOString();
  const before = utc(new Date(now.getTime() - RECONCILE_AFTER_MS));
  const holdUntil = utc(new Date(now.getTime() + HOLD_MS));
  return db.$queryRaw<{ id: string; accountId: string; gateway: string; amountMinor: number; currency: string }[]>`
    UPDATE "PaymentAttempt" SET "reconcilingUntil" = (${holdUntil}::timestamptz AT TIME ZONE 'UTC')
    WHERE id IN (
      SELECT id FROM "PaymentAttempt"
      WHERE status = 'PENDING'
        AND "createdAt" < (${before}::timestamptz AT TIME ZONE 'UTC')
        AND ("reconcilingUntil" IS NULL OR "reconcilingUntil" < (${utc(now)}::timestamptz AT TIME ZONE 'UTC'))
      ORDER BY "createdAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "accountId", gateway, "amountMinor", currency`;
}

/**
 * The reconciliation job: settles card payment attempts left PENDING (a crash, a lost answer
 * or a lost commit between the charge and its record). For each, the gateway is asked by the
 * idempotency key, the attempt's id:
 * - charged: recorded exactly as the payer's request would have (recordCardPayment: PAID,
 *   Payment rows, activity, invoice.paid, one receipt);
 * - refused: the attempt FAILED and payment.failed, as a refusal answered at once;
 * - unknown (never charged): the attempt ABANDONED, so the invoice can be paid again.
 * Idempotent and safe from two processes at once: attempts are taken with SKIP LOCKED and a
 * hold, and every outcome is a conditional update of a PENDING attempt, so one record at most.
 * A gateway that does not answer leaves the attempt for a later run. Run it every minute.
 */
export async function reconcilePendingPayments({ now = new Date() }: { now?: Date } = {}): Promise<Reconciliation> {
  const outcome: Reconciliation = { recorded: 0, failed: 0, released: 0, unresolved: 0 };
  for (const attempt of await takeStaleAttempts(now)) {
    try {
      const found = await gatewayFor(attempt.gateway).findCharge(attempt.id);
      if (found.status === "charged") {
        if (found.amountMinor !== attempt.amountMinor || found.currency !== attempt.currency) {
          // Never recorded as paid for another amount: a person must look at it.
          logger.error({ attemptId: attempt.id, charged: found, expected: { amountMinor: attempt.amountMinor, currency: attempt.currency } }, "the gateway charged another amount than the payment attempt's");
          outcome.unresolved += 1;
          continue;
        }
        if (await recordCardPayment(attempt.id, { reference: found.reference })) outcome.recorded += 1;
      } else if (found.status === "refused") {
        const invoiceIds = (await db.paymentAttemptInvoice.findMany({ where: { attemptId: attempt.id }, select: { invoiceId: true } })).map((link) => link.invoiceId);
        if (await failAttempt({ id: attempt.id, accountId: attempt.accountId, invoiceIds }, found.reason, now)) outcome.failed += 1;
      } else if (await abandonAttempt(attempt.id, now)) {
        outcome.released += 1;
      }
    } catch (error) {
      logger.error({ err: error, attemptId: attempt.id }, "could not reconcile a payment attempt; the next run tries again");
      outcome.unresolved += 1;
    }
  }
  deliverSoon();
  return outcome;
}
