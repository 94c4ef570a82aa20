import type { Prisma } from "../generated/prisma/client";
import { UserError } from "../errors/user-error";
import { nextInvoiceNumber } from "./invoice-number";
import { buildInvoiceAmounts, type InvoiceLineAmounts, type InvoiceLineInput } from "./money";
import { buyerSnapshot, providerSeller, providerTaxDefaults } from "./parties";

const DAY_MS = 24 * 60 * 60 * 1000;

/** When it falls due: days after issue (a provider's terms), or a date (a service period's invoice falls due when the period starts). */
export type InvoiceToWrite = { accountId: string; lines: InvoiceLineInput[]; issuedAt: Date; taxName?: string; taxRateBp?: number } & ({ dueInDays: number } | { dueAt: Date });

export type WrittenInvoice = { id: string; number: string; totalMinor: number; currency: string; dueAt: Date; autoPayMethodId: string | null };

/**
 * The rows issuing an invoice writes, in the caller's transaction: the seller and buyer copied
 * as they are now, the figures from the lines, and the next number of the year, taken under a
 * lock so two issuers never get the same one. No "server-only" and no email here, so the e2e
 * tests write an invoice exactly as issueInvoice does (as writeStaffReply does for replies).
 */
export async function writeInvoice(tx: Prisma.TransactionClient, input: InvoiceToWrite): Promise<WrittenInvoice> {
  const dueAt = "dueAt" in input ? input.dueAt : new Date(input.issuedAt.getTime() + input.dueInDays * DAY_MS);
  const defaults = providerTaxDefaults();
  const amounts = buildInvoiceAmounts(input.lines, input.taxRateBp ?? defaults.taxRateBp);

  const account = await tx.clientAccount.findFirst({
    where: { id: input.accountId },
    select: { id: true, status: true, legalName: true, taxId: true, addressLine1: true, addressLine2: true, city: true, region: true, postcode: true, country: true, currency: true, autoPay: true, defaultPaymentMethodId: true },
  });
  if (!account) throw new UserError("notFound");
  // A closed account is kept for its records; nobody can open it to read or pay a new invoice.
  // A suspended one is still invoiced (it is often suspended for what it owes) and its members still pay.
  if (account.status === "CLOSED") throw new UserError("invoiceAccountClosed");
  // A line may name a service only of the same account: an invoice never points into another tenant.
  const serviceIds = [...new Set(amounts.lines.flatMap((line) => (line.serviceId ? [line.serviceId] : [])))];
  if (serviceIds.length && (await tx.service.count({ where: { id: { in: serviceIds }, accountId: account.id } })) !== serviceIds.length) throw new UserError("notFound");
  const domainIds = [...new Set(amounts.lines.flatMap((line) => (line.purpose === "DOMAIN_RENEWAL" ? [line.domainId] : [])))];
  if (domainIds.length && (await tx.domain.count({ where: { id: { in: domainIds }, accountId: account.id } })) !== domainIds.length) throw new UserError("notFound");

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('invoice-number'))`;
  const number = await nextInvoiceNumber(tx, input.issuedAt);
  const invoice = await tx.invoice.create({
    data: {
      accountId: account.id,
      number,
      currency: account.currency,
      issuedAt: input.issuedAt,
      dueAt,
      subtotalMinor: amounts.subtotalMinor,
      taxRateBp: amounts.taxRateBp,
      taxName: input.taxName ?? defaults.taxName,
      taxMinor: amounts.taxMinor,
      totalMinor: amounts.totalMinor,
      seller: providerSeller(),
      buyer: buyerSnapshot(account),
      lines: { create: amounts.lines.map(lineRow) },
    },
    select: { id: true, number: true, totalMinor: true },
  });
  return { ...invoice, currency: account.currency, dueAt, autoPayMethodId: account.autoPay ? account.defaultPaymentMethodId : null };
}

/** A line's row: its figures, and what paying it does (its purpose and that purpose's fields). */
function lineRow(line: InvoiceLineAmounts) {
  const figures = { position: line.position, description: line.description, quantity: line.quantity, unitPriceMinor: line.unitPriceMinor, amountMinor: line.amountMinor };
  switch (line.purpose) {
    case "SERVICE_PERIOD":
      return { ...figures, purpose: line.purpose, serviceId: line.serviceId, periodStart: line.periodStart, periodEnd: line.periodEnd };
    case "DOMAIN_RENEWAL":
      return { ...figures, purpose: line.purpose, serviceId: line.serviceId ?? null, domainId: line.domainId, years: line.years };
    case "SERVICE_UPGRADE":
      return { ...figures, purpose: line.purpose, serviceId: line.serviceId, targetProductId: line.targetProductId, periodStart: line.periodStart, periodEnd: line.periodEnd };
    case "ORDER_ITEM":
      return { ...figures, purpose: line.purpose, serviceId: line.serviceId ?? null };
    default:
      return { ...figures, purpose: "CHARGE" as const, serviceId: line.serviceId ?? null };
  }
}
