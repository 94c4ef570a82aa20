import "server-only";
import type { PaymentGateway } from "@/lib/billing/gateways/types";
import { UserError } from "@/lib/errors/user-error";
import { logger } from "@/lib/observability/logger";
import { failAttempt, type OpenedAttempt } from "./payment-attempts";
import { recordCardPayment, type RecordedPayment, type RecordOptions } from "./record-card-payment";

export type ChargeAttempt = {
  attempt: OpenedAttempt;
  gateway: PaymentGateway;
  token: string;
  description: string;
  record?: RecordOptions;
};

/**
 * Steps 2 and 3 of a card payment, after the attempt was committed (step 1), with no
 * transaction open while the gateway answers: the charge under the attempt's id as
 * idempotency key, then the record (recordCardPayment).
 *
 * - Refused: the attempt FAILED, payment.failed, and the refusal's own message.
 * - No answer (the gateway unreachable, the answer lost), or the record failing after the
 *   charge: the attempt stays PENDING. Whether money was taken is not known here, so the
 *   payer is told it will be checked; reconciliation asks the gateway by key and records the
 *   charge or releases the invoice (lib/invoices/reconcile-payments.ts). Until then the
 *   invoice cannot be paid again, so the payer is never charged twice.
 */
export async function chargeAttempt(input: ChargeAttempt): Promise<RecordedPayment> {
  const { attempt } = input;
  const charge = await input.gateway
    .charge({ token: input.token, amountMinor: attempt.amountMinor, currency: attempt.currency, idempotencyKey: attempt.id, description: input.description })
    .catch((error: unknown) => {
      logger.error({ err: error, attemptId: attempt.id }, "payment gateway gave no answer; the attempt is left to reconciliation");
      throw new UserError("paymentUnconfirmed");
    });
  if (!charge.ok) {
    await failAttempt(attempt, charge.reason);
    throw new UserError(`payment.${charge.reason}`);
  }

  try {
    const recorded = await recordCardPayment(attempt.id, { reference: charge.reference }, input.record);
    if (!recorded) throw new Error(`payment attempt ${attempt.id} was charged but is neither pending nor recorded`);
    return recorded;
  } catch (error) {
    if (error instanceof UserError) throw error;
    logger.error({ err: error, attemptId: attempt.id, reference: charge.reference }, "charged, but the payment could not be recorded; the attempt is left to reconciliation");
    throw new UserError("paymentUnconfirmed");
  }
}
