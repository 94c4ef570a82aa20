import type { Prisma } from "../generated/prisma/client";
import type { BillingCycle } from "../generated/prisma/enums";
import { domainPrice, extensionOf, productPrice } from "../catalog/prices";
import { registrarFor } from "../registrars/registry";

type Db = Prisma.TransactionClient;

/** What a cart or order item is, without its price. */
export type ItemToQuote =
  | { kind: "SERVICE"; productId: string; cycle: BillingCycle }
  | { kind: "DOMAIN_REGISTRATION"; domainName: string; years: number }
  | { kind: "DOMAIN_TRANSFER"; domainName: string };

/** Why an item cannot be sold now; each is a key under `errors` (with the item's name as `item`). */
export type QuoteRefusal = "orderItemNotSold" | "orderDomainTaken" | "orderDomainHeld" | "orderPremiumCurrency";

export type Quote = { ok: true; priceMinor: number; premium: boolean; registrar: string | null } | { ok: false; reason: QuoteRefusal };

/**
 * What an item costs now, in a currency, from the catalog and the registrar: the one place a
 * price is made, when an item is added and again at checkout (the browser never sends one).
 * A domain registration asks the registrar whether the name is still free, and a premium name
 * costs what the registrar asks (only in the registrar's currency: it is not converted).
 */
export async function quoteItem(db: Db, item: ItemToQuote, currency: string): Promise<Quote> {
  if (item.kind === "SERVICE") {
    const priceMinor = await productPrice(db, { productId: item.productId, cycle: item.cycle, currency });
    return priceMinor === null ? { ok: false, reason: "orderItemNotSold" } : { ok: true, priceMinor, premium: false, registrar: null };
  }
  const extension = await db.domainExtension.findFirst({ where: { extension: extensionOf(item.domainName), sold: true }, select: { registrar: true } });
  if (!extension) return { ok: false, reason: "orderItemNotSold" };
  // A name already in the client area (any account's) is not ordered again.
  if (await db.domain.count({ where: { name: item.domainName } })) return { ok: false, reason: "orderDomainHeld" };
  if (item.kind === "DOMAIN_TRANSFER") {
    const priceMinor = await domainPrice(db, { name: item.domainName, operation: "transfer", years: 1, currency });
    return priceMinor === null ? { ok: false, reason: "orderItemNotSold" } : { ok: true, priceMinor, premium: false, registrar: extension.registrar };
  }
  const availability = await registrarFor(extension.registrar).availability(db, item.domainName);
  if (availability.status !== "available") return { ok: false, reason: availability.status === "taken" ? "orderDomainTaken" : "orderItemNotSold" };
  if (availability.premium) {
    if (availability.premium.currency !== currency) return { ok: false, reason: "orderPremiumCurrency" };
    // The registry's premium price is for the first year; the further years renew at the catalog's price.
    const further = item.years > 1 ? await domainPrice(db, { name: item.domainName, operation: "renew", years: item.years - 1, currency }) : 0;
    if (further === null) return { ok: false, reason: "orderItemNotSold" };
    return { ok: true, priceMinor: availability.premium.registrationMinor + further, premium: true, registrar: extension.registrar };
  }
  const priceMinor = await domainPrice(db, { name: item.domainName, operation: "register", years: item.years, currency });
  return priceMinor === null ? { ok: false, reason: "orderItemNotSold" } : { ok: true, priceMinor, premium: false, registrar: extension.registrar };
}
