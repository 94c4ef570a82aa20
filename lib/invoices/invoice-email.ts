import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/email/app-url";
import { invoiceIssuedEmail } from "@/emails/account/invoice-issued";
import type { BillingMessage } from "@/emails/account/render-billing-email";
import { invoiceDetails } from "./invoice-details";
import { invoicePdfBytes, invoicePdfFilename } from "./invoice-pdf-response";

/**
 * The new-invoice email of an invoice written in `tx`: its totals, a Pay button to its page,
 * and its PDF attached, built once from the rows as issued, in the account's document
 * language, so every copy carries the same document the PDF link serves.
 */
export async function invoiceIssuedMessage(tx: Prisma.TransactionClient, accountId: string, invoiceId: string): Promise<BillingMessage> {
  const [invoice, account] = await Promise.all([
    invoiceDetails(accountId, invoiceId, new Date(), tx),
    tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { documentLocale: true } }),
  ]);
  if (!invoice) throw new Error(`invoice ${invoiceId} of account ${accountId} was not found in its own transaction`);
  const pdf = await invoicePdfBytes(invoice, account.documentLocale);
  return invoiceIssuedEmail({
    number: invoice.number,
    subtotalMinor: invoice.subtotalMinor,
    taxName: invoice.taxName,
    taxRateBp: invoice.taxRateBp,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    currency: invoice.currency,
    dueAt: invoice.dueAt,
    url: appUrl(`/accounts/${accountId}/invoices/${invoice.id}`),
    pdf: { filename: invoicePdfFilename(invoice.number), contentType: "application/pdf", content: pdf },
  });
}
