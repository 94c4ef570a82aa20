import "server-only";
import { db } from "@/lib/db";
import { gatewayFor } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { deliverSoon } from "@/lib/email/outbox";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { TPayInvoice } from "./schemas";
import { settleInvoice } from "./settle-invoice";

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
 * one transaction (settleInvoice), so a declined card or any failure leaves nothing behind;
 * two payments at once are settled once. The gateway is called with the invoice and method
 * as idempotency key, so a retry with the same card after a failed commit is not a second
 * charge.
 */
export async function payInvoice(payer: Payer, input: TPayInvoice): Promise<{ paymentId: string }> {
  const paidAt = new Date();
  const result = await db
    .$transaction(
    async (tx) => {
      const { invoice, method } = await findInAccount(tx, payer, input);
      return settleInvoice(tx, {
        invoice,
        paidAt,
        paidById: payer.userId,
        client: payer.client,
        refusal: notPayable,
        take: async () => {
          const charge = await gatewayFor(method.gateway).charge({
            token: method.token,
            amountMinor: invoice.totalMinor,
            currency: invoice.currency,
            idempotencyKey: `${invoice.id}:${method.id}`,
            description: `Invoice ${invoice.number}`,
          });
          if (!charge.ok) throw new UserError(`payment.${charge.reason}`);
          return { methodId: method.id, gateway: method.gateway, reference: charge.reference, label: methodLabel(method) };
        },
        details: { autoPay: payer.userId === null },
      });
    },
      // A real gateway answers over the network while the invoice's row is locked.
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      // The unique index on Payment.invoiceId: a payment that got past the status check.
      throw isUniqueViolation(error) ? new UserError("invoiceAlreadyPaid") : error;
    });
  deliverSoon();
  return result;
}
