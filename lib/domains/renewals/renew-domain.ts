import "server-only";
import { recordActivity } from "@/lib/audit/record-activity";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { autoPayIssuedInvoice, issueInvoiceInTransaction } from "@/lib/invoices/issue-invoice";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { findManageableDomain } from "../find-domain";
import { fulfilPaidInvoices } from "@/lib/billing/fulfil-paid-invoices";
import { findOpenRenewalInvoice, lockDomainRenewals } from "./pending-renewals";
import { renewalDueInDays, renewalLine, renewalPrice } from "./renewal-line";
import { maxRenewalYears } from "./renewal-years";

type Actor = Pick<AccountAccess, "account" | "user">;

export type RenewalInvoice = { invoiceId: string; number: string; created: boolean; paid: boolean };

/**
 * A member renews a domain by hand: one invoice with one DOMAIN_RENEWAL line, issued as every
 * invoice is (number, email, invoice.issued webhook), priced from the catalog in the account's
 * currency. The domain's renewal lock makes two clicks (or two members) issue one invoice: the
 * second finds the first's and gets it back (`created: false`) to pay. Paying it is another
 * action (invoices.pay); the registrar renews once the invoice is paid (applyPaidDomainRenewals).
 */
export async function renewDomain(actor: Actor, input: { domainId: string; years: number }, client: ClientInfo, now = new Date()): Promise<RenewalInvoice> {
  const outcome = await db.$transaction(async (tx) => {
    // Looked up inside the account first: another account's domain id is "not found", before any lock is taken on it.
    await findManageableDomain(tx, actor.account.id, input.domainId);
    await lockDomainRenewals(tx, [input.domainId]);
    const domain = await findManageableDomain(tx, actor.account.id, input.domainId);
    if (domain.status !== "ACTIVE") throw new UserError("domainRenewalNotActive", { domain: domain.name });
    const open = await findOpenRenewalInvoice(tx, actor.account.id, domain.id);
    if (open) return { invoice: { id: open.id, number: open.number, autoPayMethodId: null }, created: false };

    const max = maxRenewalYears(domain.expiresAt, now);
    if (max === 0) throw new UserError("domainRenewalAtLimit", { domain: domain.name });
    if (input.years > max) throw new UserError("domainRenewalTooManyYears", { domain: domain.name, max }, { field: "years" });
    const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: actor.account.id }, select: { currency: true, documentLocale: true } });
    const priceMinor = await renewalPrice(tx, { name: domain.name, years: input.years, currency: account.currency });
    if (priceMinor === null) throw new UserError("domainRenewalNotPriced", { domain: domain.name, currency: account.currency });

    const invoice = await issueInvoiceInTransaction(tx, {
      accountId: actor.account.id,
      lines: [renewalLine({ domain, years: input.years, priceMinor, documentLocale: account.documentLocale })],
      issuedAt: now,
      dueInDays: renewalDueInDays(domain.expiresAt, now),
    });
    await recordActivity(tx, {
      accountId: actor.account.id,
      actorId: actor.user.id,
      subjectId: domain.id,
      client,
      kind: "domain.renewal_ordered",
      details: { domain: domain.name, years: input.years, number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency },
    });
    return { invoice, created: true };
    // Issuing renders the invoice PDF for its email inside the transaction: more than Prisma's default 5 s under load.
  }, { timeout: 30_000 });
  if (!outcome.created) return { invoiceId: outcome.invoice.id, number: outcome.invoice.number, created: false, paid: false };
  deliverSoon();

  // With auto-pay on, the invoice is charged at once, outside the issuing transaction, and the renewal applied straight after.
  const autoPay = await autoPayIssuedInvoice(actor.account.id, outcome.invoice);
  if (autoPay === "paid") await fulfilPaidInvoices([outcome.invoice.id]);
  return { invoiceId: outcome.invoice.id, number: outcome.invoice.number, created: true, paid: autoPay === "paid" };
}
