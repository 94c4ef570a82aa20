import "server-only";
import { domainPrice } from "@/lib/catalog/prices";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/messages";
import type { InvoiceLineInput } from "@/lib/invoices/money";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What renewing a domain for `years` costs in the account's currency, from the catalog on the
 * server (never from a browser): its renewal price for that many years. Premium names renew
 * at the catalog's price too, as the demo registrar charges them. Null when the catalog has
 * no renewal price for that extension, number of years or currency.
 */
export function renewalPrice(tx: Prisma.TransactionClient, input: { name: string; years: number; currency: string }): Promise<number | null> {
  return domainPrice(tx, { name: input.name, operation: "renew", years: input.years, currency: input.currency });
}

/** The invoice line of a renewal, described in the account's document language (the invoice's language). */
export function renewalLine(input: { domain: { id: string; name: string }; years: number; priceMinor: number; documentLocale: string }): InvoiceLineInput {
  const t = translatorFor(input.documentLocale);
  return {
    description: t("domainRenewals.line", { domain: input.domain.name, years: input.years }),
    quantity: 1,
    unitPriceMinor: input.priceMinor,
    purpose: "DOMAIN_RENEWAL",
    domainId: input.domain.id,
    years: input.years,
  };
}

/** A renewal invoice falls due before the domain expires, and never later than the usual 14 days. */
export function renewalDueInDays(expiresAt: Date, now: Date): number {
  return Math.min(14, Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS)));
}
