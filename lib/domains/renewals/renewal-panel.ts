import "server-only";
import { db } from "@/lib/db";
import { findOpenRenewalInvoice, pendingRenewalLine } from "./pending-renewals";
import { renewalPrice } from "./renewal-line";
import { maxRenewalYears } from "./renewal-years";

export type RenewalPanel = {
  currency: string;
  /** The renewal invoice waiting for payment: shown with its Pay action instead of a second Renew. */
  open: { id: string; number: string; totalMinor: number; years: number } | null;
  /** A paid renewal the registrar has not applied yet, and its refusal when it refused. */
  applying: { number: string; years: number; refusal: { code: string; values: Record<string, string | number> } | null } | null;
  /** Each number of years a renewal may add now, with its catalog price in the account's currency. */
  options: { years: number; priceMinor: number }[];
};

/** What the domain page's renewal section shows, for a domain of this account (the caller found it inside the account). */
export async function loadRenewalPanel(accountId: string, domain: { id: string; expiresAt: Date; name: string }, now = new Date()): Promise<RenewalPanel> {
  const { currency } = await db.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { currency: true } });
  const [open, paidLine] = await Promise.all([
    findOpenRenewalInvoice(db, accountId, domain.id),
    db.invoiceLine.findFirst({
      where: { ...pendingRenewalLine(domain.id), invoice: { accountId, status: "PAID" } },
      select: { id: true, years: true, invoice: { select: { number: true } } },
    }),
  ]);
  const refusal = paidLine ? await db.domainRenewalRefusal.findUnique({ where: { invoiceLineId: paidLine.id }, select: { code: true, values: true } }) : null;
  const max = maxRenewalYears(domain.expiresAt, now);
  const prices = await Promise.all(Array.from({ length: max }, (_, index) => renewalPrice(db, { name: domain.name, years: index + 1, currency })));
  return {
    currency,
    open: open ? { id: open.id, number: open.number, totalMinor: open.totalMinor, years: open.lines[0]?.years ?? 1 } : null,
    applying: paidLine
      ? { number: paidLine.invoice.number, years: paidLine.years ?? 1, refusal: refusal ? { code: refusal.code, values: (refusal.values ?? {}) as Record<string, string | number> } : null }
      : null,
    options: prices.flatMap((priceMinor, index) => (priceMinor === null ? [] : [{ years: index + 1, priceMinor }])),
  };
}
