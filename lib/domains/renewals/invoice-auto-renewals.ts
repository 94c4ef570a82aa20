import "server-only";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { autoPayIssuedInvoice, issueInvoiceInTransaction } from "@/lib/invoices/issue-invoice";
import type { InvoiceLineInput } from "@/lib/invoices/money";
import { logger } from "@/lib/observability/logger";
import { fulfilPaidInvoices } from "@/lib/billing/fulfil-paid-invoices";
import { renewInvoiceDaysBefore } from "./auto-renew-window";
import { lockDomainRenewals, NO_PENDING_RENEWAL } from "./pending-renewals";
import { renewalDueInDays, renewalLine, renewalPrice } from "./renewal-line";

const DAY_MS = 24 * 60 * 60 * 1000;

export type AutoRenewalRun = { invoices: number; domains: number; unpriced: number };

/** Active, auto-renewing, expiring within the window, of an open account, with no renewal already on its way. */
function dueForAutoRenewal(now: Date, daysBefore: number): Prisma.DomainWhereInput {
  return {
    status: "ACTIVE",
    autoRenew: true,
    expiresAt: { lte: new Date(now.getTime() + daysBefore * DAY_MS) },
    account: { status: { not: "CLOSED" } },
    ...NO_PENDING_RENEWAL,
  };
}

/**
 * Invoices auto-renewing domains before they expire (DOMAIN_RENEW_INVOICE_DAYS_BEFORE, 30 days
 * by default): one invoice per account, one 1-year DOMAIN_RENEWAL line per domain, issued as
 * every invoice is (email, webhook) and charged at once with auto-pay on; a paid one is applied
 * at the registrar straight away. Run daily by the scheduler.
 *
 * Idempotent, run twice or from two processes: each account's domains are taken under their
 * renewal locks (the same ones a member's renewal by hand takes) and read again inside them,
 * so a second run waits for the first, then finds the lines it wrote and issues nothing. A
 * renewal on its way (an unpaid invoice, or a paid one not yet applied) keeps a domain out;
 * once applied, the expiry has moved past the window until next time.
 */
export async function invoiceDomainAutoRenewals(options: { now?: Date } = {}): Promise<AutoRenewalRun> {
  const now = options.now ?? new Date();
  const where = dueForAutoRenewal(now, renewInvoiceDaysBefore());
  const run: AutoRenewalRun = { invoices: 0, domains: 0, unpriced: 0 };
  const accounts = await db.domain.groupBy({ by: ["accountId"], where, orderBy: { accountId: "asc" } });
  for (const { accountId } of accounts) {
    const issued = await invoiceAccount(accountId, where, now, run);
    if (!issued) continue;
    deliverSoon();
    if ((await autoPayIssuedInvoice(accountId, issued)) === "paid") await fulfilPaidInvoices([issued.id]);
  }
  return run;
}

/** One account's renewal invoice, in one transaction under the domains' renewal locks; null when nothing is left to invoice. */
async function invoiceAccount(accountId: string, where: Prisma.DomainWhereInput, now: Date, run: AutoRenewalRun) {
  return db.$transaction(
    async (tx) => {
      const candidates = await tx.domain.findMany({ where: { ...where, accountId }, select: { id: true } });
      await lockDomainRenewals(tx, candidates.map((domain) => domain.id));
      // Read again under the locks: another run may have invoiced them while this one waited.
      const domains = await tx.domain.findMany({ where: { ...where, accountId }, orderBy: [{ expiresAt: "asc" }, { id: "asc" }] });
      if (!domains.length) return null;
      const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { currency: true, documentLocale: true } });
      const lines: InvoiceLineInput[] = [];
      // Sorted soonest first: the invoice falls due before the first of them expires.
      let earliest: Date | null = null;
      for (const domain of domains) {
        const priceMinor = await renewalPrice(tx, { name: domain.name, years: 1, currency: account.currency });
        if (priceMinor === null) {
          // The catalog has no renewal price for this extension and currency: the provider must add one; the next run retries.
          logger.warn({ accountId, domainId: domain.id, currency: account.currency }, "no catalog renewal price; domain not auto-renew invoiced");
          run.unpriced += 1;
          continue;
        }
        lines.push(renewalLine({ domain, years: 1, priceMinor, documentLocale: account.documentLocale }));
        earliest ??= domain.expiresAt;
      }
      if (!earliest) return null;
      const invoice = await issueInvoiceInTransaction(tx, { accountId, lines, issuedAt: now, dueInDays: renewalDueInDays(earliest, now) });
      run.invoices += 1;
      run.domains += lines.length;
      return invoice;
    },
    { timeout: 60_000 },
  );
}
