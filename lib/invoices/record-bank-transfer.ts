import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import { translatorFor } from "@/lib/i18n/messages";
import { formatMoney } from "./money";
import { refuseWhilePaymentPending } from "./payment-in-progress";
import { ZRecordBankTransfer, type TRecordBankTransfer } from "./schemas";
import { settleInvoice } from "./settle-invoice";

export const BANK_TRANSFER = "BANK_TRANSFER";

function refusal(status: "PAID" | "CANCELLED", number: string): UserError {
  return new UserError(status === "CANCELLED" ? "invoiceIsCancelled" : "invoiceIsPaid", { number });
}

/** The amount (and currency, when given) must be what the invoice asks for: one payment settles it in full. */
function amountDue(invoice: { totalMinor: number; currency: string }) {
  const due = formatMoney(invoice.totalMinor, invoice.currency, "en");
  return z.object({
    amountMinor: z.literal(invoice.totalMinor, { error: `amountMinor must be the amount due, ${invoice.totalMinor} (${due}); partial payments are not supported.` }),
    currency: z.literal(invoice.currency, { error: `The invoice is in ${invoice.currency}.` }).optional(),
  });
}

/**
 * The provider records a payment made elsewhere (a bank transfer) against an unpaid invoice:
 * the invoice PAID, the Payment row, the activity event (no actor: the provider) and the same
 * receipt a card payment sends, in one transaction (settleInvoice, the record step a card
 * payment ends with too). The payment's label is written in the account's document language,
 * like the invoice and the receipt. While a card payment of the invoice is pending it is
 * refused: that charge may have gone through, and the invoice would be paid twice.
 */
export async function recordBankTransfer(request: TRecordBankTransfer): Promise<{ paymentId: string }> {
  const input = ZRecordBankTransfer.parse(request);
  const result = await db
    .$transaction(async (tx) => {
      // The invoice's lock first: a card payment's attempt is opened under it, so the check below holds until commit.
      await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${input.invoiceId}::uuid FOR UPDATE`;
      const invoice = await tx.invoice.findUnique({ where: { id: input.invoiceId }, include: { account: { select: { documentLocale: true } } } });
      if (!invoice) throw new UserError("notFound");
      if (invoice.status !== "UNPAID") throw refusal(invoice.status, invoice.number);
      await refuseWhilePaymentPending(tx, [invoice]);
      amountDue(invoice).parse({ amountMinor: input.amountMinor, currency: input.currency });
      const label = translatorFor(invoice.account.documentLocale)("invoices.bankTransfer");
      return settleInvoice(tx, {
        invoice,
        paidAt: input.paidAt ?? new Date(),
        paidById: null,
        client: null,
        refusal,
        takings: { methodId: null, gateway: BANK_TRANSFER, reference: input.reference, label },
      });
    })
    .catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      // The unique index on Payment.invoiceId: another payment settled it at the same moment.
      const { number } = await db.invoice.findUniqueOrThrow({ where: { id: input.invoiceId }, select: { number: true } });
      throw refusal("PAID", number);
    });
  deliverSoon();
  return result;
}
