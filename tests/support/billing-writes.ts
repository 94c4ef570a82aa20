import { db } from "@/lib/db";

/**
 * Everything paying an invoice or changing billing could write, across all accounts, for
 * "refused, and nothing written" (seat presence aside: every account action refreshes it).
 */
export async function billingWrites() {
  const [invoices, payments, methods, accounts, activity, emails] = await Promise.all([
    db.invoice.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, paidAt: true } }),
    db.payment.count(),
    db.paymentMethod.findMany({ orderBy: { id: "asc" } }),
    db.clientAccount.findMany({ orderBy: { id: "asc" }, select: { id: true, legalName: true, taxId: true, invoiceEmails: true, autoPay: true, defaultPaymentMethodId: true } }),
    db.activityEvent.count(),
    db.emailMessage.count(),
  ]);
  return { invoices, payments, methods, accounts, activity, emails };
}
