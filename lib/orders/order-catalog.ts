import "server-only";
import { db } from "@/lib/db";
import type { BillingCycle, ServiceKind } from "@/lib/generated/prisma/enums";
import { domainPrice } from "@/lib/catalog/prices";
import { MAX_REGISTRATION_YEARS } from "./domain-name";
import { quoteItem, type QuoteRefusal } from "./quote-item";
import { BILLING_CYCLES } from "./billing-cycles";

export type OrderablePlan = { id: string; kind: ServiceKind; name: string; limits: { diskLimitMb: number | null; bandwidthLimitMb: number | null; mailboxesLimit: number | null; cpuCores: number | null; memoryMb: number | null }; prices: { cycle: BillingCycle; priceMinor: number }[] };

/** The plans sold in a currency, by kind and tier, each with its price for every cycle sold in it. */
export async function listOrderablePlans(currency: string): Promise<OrderablePlan[]> {
  const products = await db.product.findMany({
    where: { sold: true, prices: { some: { currency } } },
    orderBy: [{ kind: "asc" }, { tier: "asc" }],
    select: { id: true, kind: true, name: true, diskLimitMb: true, bandwidthLimitMb: true, mailboxesLimit: true, cpuCores: true, memoryMb: true, prices: { where: { currency }, select: { cycle: true, priceMinor: true } } },
  });
  return products.map(({ prices, id, kind, name, ...limits }) => ({
    id,
    kind,
    name,
    limits,
    prices: [...prices].sort((a, b) => BILLING_CYCLES.indexOf(a.cycle) - BILLING_CYCLES.indexOf(b.cycle)),
  }));
}

export type DomainOffer =
  | { name: string; status: "available"; premium: boolean; registration: { years: number; priceMinor: number }[] }
  | { name: string; status: "transferable"; transferMinor: number }
  | { name: string; status: "refused"; reason: QuoteRefusal };

/**
 * What the order page offers for a searched name, from the registrar (free, taken, premium)
 * and the catalog: registration for 1 to 10 years, or a transfer in when it is held elsewhere.
 */
export async function domainOffer(name: string, currency: string): Promise<DomainOffer> {
  return db.$transaction(async (tx) => {
    const registration: { years: number; priceMinor: number }[] = [];
    let premium = false;
    for (let years = 1; years <= MAX_REGISTRATION_YEARS; years += 1) {
      const quote = await quoteItem(tx, { kind: "DOMAIN_REGISTRATION", domainName: name, years }, currency);
      if (!quote.ok) {
        if (years > 1) break;
        if (quote.reason !== "orderDomainTaken") return { name, status: "refused", reason: quote.reason };
        const transferMinor = await domainPrice(tx, { name, operation: "transfer", years: 1, currency });
        return transferMinor === null ? { name, status: "refused", reason: "orderItemNotSold" } : { name, status: "transferable", transferMinor };
      }
      premium = quote.premium;
      registration.push({ years, priceMinor: quote.priceMinor });
    }
    return { name, status: "available", premium, registration };
  });
}

/** The currencies plans are sold in, for an order that creates its account (it takes the currency chosen). */
export async function orderCurrencies(): Promise<string[]> {
  const rows = await db.productPrice.findMany({ where: { product: { sold: true } }, distinct: ["currency"], select: { currency: true }, orderBy: { currency: "asc" } });
  return rows.map((row) => row.currency);
}
