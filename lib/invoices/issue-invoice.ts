import "server-only";
import { db } from "@/lib/db";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import { invoiceIssuedEmail } from "@/emails/account/invoice-issued";
import { nextInvoiceNumber } from "./invoice-number";
import { buildInvoiceAmounts } from "./money";
import { buyerSnapshot, providerSeller, providerTaxDefaults } from "./parties";
import { payInvoice } from "./pay-invoice";
import { ZIssueInvoice, type TIssueInvoice } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export type IssuedInvoice = { id: string; number: string; totalMinor: number; autoPay: "off" | "paid" | "refused" };

/**
 * Issues an invoice to an account: the provider's side (billing runs, the seed's
 * counterpart, tests), not a member's action. The seller and buyer are copied as they are
 * now; the number is the next of the year, taken under a lock so two issuers never get the
 * same one. The invoice email goes to the billing recipients and the invoice addresses in
 * the same transaction. With auto-pay on and a default method, the invoice is then paid in
 * a transaction of its own: a refused card leaves it issued and unpaid.
 */
export async function issueInvoice(request: TIssueInvoice): Promise<IssuedInvoice> {
  const input = ZIssueInvoice.parse(request);
  const issuedAt = input.issuedAt ?? new Date();
  const dueAt = new Date(issuedAt.getTime() + input.dueInDays * DAY_MS);
  const defaults = providerTaxDefaults();
  const amounts = buildInvoiceAmounts(input.lines, input.taxRateBp ?? defaults.taxRateBp);

  const issued = await db.$transaction(async (tx) => {
    const account = await tx.clientAccount.findFirst({
      where: { id: input.accountId, status: "ACTIVE" },
      select: { id: true, legalName: true, taxId: true, addressLine1: true, addressLine2: true, city: true, region: true, postcode: true, country: true, currency: true, autoPay: true, defaultPaymentMethodId: true },
    });
    if (!account) throw new UserError("notFound");
    // A line may name a service only of the same account: an invoice never points into another tenant.
    const serviceIds = [...new Set(amounts.lines.flatMap((line) => (line.serviceId ? [line.serviceId] : [])))];
    if (serviceIds.length && (await tx.service.count({ where: { id: { in: serviceIds }, accountId: account.id } })) !== serviceIds.length) throw new UserError("notFound");

    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('invoice-number'))`;
    const number = await nextInvoiceNumber(tx, issuedAt);
    const invoice = await tx.invoice.create({
      data: {
        accountId: account.id,
        number,
        currency: account.currency,
        issuedAt,
        dueAt,
        subtotalMinor: amounts.subtotalMinor,
        taxRateBp: amounts.taxRateBp,
        taxName: input.taxName ?? defaults.taxName,
        taxMinor: amounts.taxMinor,
        totalMinor: amounts.totalMinor,
        seller: providerSeller(),
        buyer: buyerSnapshot(account),
        lines: { create: amounts.lines.map(({ position, description, quantity, unitPriceMinor, amountMinor, serviceId }) => ({ position, description, quantity, unitPriceMinor, amountMinor, serviceId: serviceId ?? null })) },
      },
      select: { id: true, number: true, totalMinor: true },
    });
    await notifyBilling(
      tx,
      account.id,
      invoiceIssuedEmail({ number, totalMinor: amounts.totalMinor, currency: account.currency, dueAt, url: appUrl(`/accounts/${account.id}/invoices/${invoice.id}`) }),
    );
    return { ...invoice, autoPayMethodId: account.autoPay ? account.defaultPaymentMethodId : null };
  });
  deliverSoon();

  const { autoPayMethodId, ...invoice } = issued;
  if (!autoPayMethodId) return { ...invoice, autoPay: "off" };
  try {
    await payInvoice({ accountId: input.accountId, userId: null, client: null }, { invoiceId: invoice.id, methodId: autoPayMethodId });
    return { ...invoice, autoPay: "paid" };
  } catch (error) {
    if (error instanceof UserError) return { ...invoice, autoPay: "refused" };
    throw error;
  }
}
