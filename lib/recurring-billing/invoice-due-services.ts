import "server-only";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import type { BillingCycle, Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/messages";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { autoPayIssuedInvoice, issueInvoiceInTransaction } from "@/lib/invoices/issue-invoice";
import type { InvoiceLineInput } from "@/lib/invoices/money";
import type { WrittenInvoice } from "@/lib/invoices/write-invoice";
import { logger } from "@/lib/observability/logger";
import { daysAfter, daysBefore, servicePeriod } from "./periods";
import { billingSettings } from "./settings";

/** Accounts invoiced per query of candidates: bounds memory on a large run. */
const ACCOUNT_BATCH = 200;

type Candidate = { id: string; accountId: string };
type Billable = { id: string; productName: string; domain: string | null; billingCycle: BillingCycle; priceMinor: number; nextDueAt: Date };

/**
 * What a service owes next and has not been invoiced for: ACTIVE or SUSPENDED (a suspended
 * service still runs up its period; CANCELLED and PENDING ones are not billed), due within
 * the provider's window, in the account's currency, with a price, and no SERVICE_PERIOD line
 * for that period on an invoice that still stands. A CANCELLED invoice does not stand: the
 * provider cancels an invoice issued in error, the service keeps running and still owes the
 * period, so the next run invoices it again (stopping the billing is cancelling the service).
 */
const OWES_NEXT_PERIOD = (horizon: Date) => `
  s.status IN ('ACTIVE', 'SUSPENDED') AND s."nextDueAt" IS NOT NULL AND s."nextDueAt" <= '${horizon.toISOString()}'::timestamp
  AND s."priceMinor" > 0 AND s.currency = a.currency AND a.status <> 'CLOSED'
  AND NOT EXISTS (
    SELECT 1 FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
    WHERE l."serviceId" = s.id AND l.purpose = 'SERVICE_PERIOD' AND l."periodStart" = s."nextDueAt" AND i.status <> 'CANCELLED')`;

export type InvoiceDueServicesReport = { invoices: number; services: number; autoPaid: number; autoPayRefused: number; failedAccounts: number };

/**
 * The job that invoices services before their next due date (BILLING_INVOICE_DAYS_BEFORE):
 * one SERVICE_PERIOD line per service for [nextDueAt, nextDueAt + cycle) at its price, all of
 * an account's services due in this run on one invoice, issued as issueInvoice issues (email,
 * invoice.issued webhook) and auto-paid after commit. Idempotent and safe from two processes:
 * the services are locked (FOR UPDATE SKIP LOCKED) in the issuing transaction and checked again
 * under the lock, so a period another run invoiced meanwhile is seen and skipped.
 */
export async function invoiceDueServices(now: Date): Promise<InvoiceDueServicesReport> {
  const settings = billingSettings();
  const horizon = daysAfter(now, settings.invoiceDaysBefore);
  const report: InvoiceDueServicesReport = { invoices: 0, services: 0, autoPaid: 0, autoPayRefused: 0, failedAccounts: 0 };
  let afterAccount = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const candidates = await db.$queryRawUnsafe<Candidate[]>(
      `SELECT s.id, s."accountId" FROM "Service" s JOIN "ClientAccount" a ON a.id = s."accountId"
       WHERE s."accountId" IN (
         SELECT DISTINCT s."accountId" FROM "Service" s JOIN "ClientAccount" a ON a.id = s."accountId"
         WHERE s."accountId" > $1::uuid AND ${OWES_NEXT_PERIOD(horizon)}
         ORDER BY s."accountId" LIMIT ${ACCOUNT_BATCH})
       AND ${OWES_NEXT_PERIOD(horizon)}
       ORDER BY s."accountId", s.id`,
      afterAccount,
    );
    if (candidates.length === 0) return report;
    const byAccount = new Map<string, string[]>();
    for (const candidate of candidates) byAccount.set(candidate.accountId, [...(byAccount.get(candidate.accountId) ?? []), candidate.id]);
    for (const [accountId, accountServiceIds] of byAccount) {
      try {
        const issued = await invoiceAccount(accountId, accountServiceIds, now, horizon);
        if (!issued) continue;
        report.invoices++;
        report.services += issued.services;
        deliverSoon();
        const autoPay = await autoPayIssuedInvoice(accountId, issued.invoice);
        if (autoPay === "paid") report.autoPaid++;
        if (autoPay === "refused") report.autoPayRefused++;
      } catch (error) {
        // One account's failure (a closed account, a bad row) must not stop the others' billing; the next run tries it again.
        report.failedAccounts++;
        logger.error({ err: error, accountId }, "recurring billing: invoicing an account's services failed");
      }
    }
    afterAccount = candidates.at(-1)!.accountId;
  }
}

async function invoiceAccount(accountId: string, serviceIds: string[], now: Date, horizon: Date): Promise<{ invoice: WrittenInvoice; services: number } | null> {
  return db.$transaction(
    async (tx) => {
      // Services another run holds are left to it (or to the next run): never waited for, never billed twice.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Service" WHERE id = ANY(${serviceIds}::uuid[]) FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null;
      // Checked again under the lock: what another run committed since the candidates were read is seen here.
      const billable = await tx.$queryRawUnsafe<Billable[]>(
        `SELECT s.id, s."productName", s.domain, s."billingCycle", s."priceMinor", s."nextDueAt"
         FROM "Service" s JOIN "ClientAccount" a ON a.id = s."accountId"
         WHERE s.id = ANY($1::uuid[]) AND ${OWES_NEXT_PERIOD(horizon)}
         ORDER BY s."nextDueAt", s."productName", s.id`,
        locked.map((row) => row.id),
      );
      const [earliest] = billable;
      if (!earliest) return null;
      const lines = await periodLines(tx, accountId, billable);
      // Due when the earliest period starts; a service invoiced late (its date already past) gets the invoice due today, not overdue at birth.
      const dueAt = new Date(Math.max(earliest.nextDueAt.getTime(), now.getTime()));
      const invoice = await issueInvoiceInTransaction(tx, { accountId, lines, issuedAt: now, dueAt });
      return { invoice, services: billable.length };
    },
    { timeout: 30_000 },
  );
}

/** One SERVICE_PERIOD line per service, described in the account's document language like the rest of its invoice. */
async function periodLines(tx: Prisma.TransactionClient, accountId: string, services: Billable[]): Promise<InvoiceLineInput[]> {
  const { documentLocale } = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { documentLocale: true } });
  const t = translatorFor(documentLocale);
  const date = new Intl.DateTimeFormat(t.locale, INVOICE_DATE);
  return services.map((service) => {
    const { periodStart, periodEnd } = servicePeriod(service.nextDueAt, service.billingCycle);
    // The period's last day is shown: [1 Jan, 1 Feb) reads "1 Jan to 31 Jan".
    const range = { product: service.productName, start: date.format(periodStart), end: date.format(daysBefore(periodEnd, 1)) };
    const description = service.domain ? t("recurringBilling.line", { ...range, domain: service.domain }) : t("recurringBilling.lineNoDomain", range);
    return { purpose: "SERVICE_PERIOD", serviceId: service.id, periodStart, periodEnd, description, quantity: 1, unitPriceMinor: service.priceMinor };
  });
}
