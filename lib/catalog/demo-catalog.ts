import type { BillingCycle, ServiceKind } from "../generated/prisma/enums";
import { PRODUCTS } from "../services/products";

/**
 * The catalog a fresh install is demonstrated with: the plans of lib/services/products.ts with
 * prices for every billing cycle in EUR, USD and GBP, and the extensions the demo registrar
 * sells. Longer cycles cost less per month, as providers sell them. No "server-only": the seed
 * and the test factories write it.
 */
export type CatalogProduct = {
  slug: string;
  kind: ServiceKind;
  name: string;
  tier: number;
  limits: { diskLimitMb?: number; bandwidthLimitMb?: number; mailboxesLimit?: number; cpuCores?: number; memoryMb?: number };
  server: string;
  prices: { cycle: BillingCycle; currency: string; priceMinor: number }[];
};

export type CatalogExtension = {
  extension: string;
  prices: { currency: string; years: number; registerMinor: number; renewMinor: number; transferMinor: number | null }[];
};

export const CYCLE_MONTHS: Record<BillingCycle, number> = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, ANNUAL: 12, BIENNIAL: 24 };

/** The share of the monthly price times the months a cycle is sold for, in percent. */
const CYCLE_PERCENT: Record<BillingCycle, number> = { MONTHLY: 100, QUARTERLY: 100, SEMIANNUAL: 95, ANNUAL: 90, BIENNIAL: 85 };

/** EUR is the list price; the others are the provider's own rounded prices, not a live rate. */
const CURRENCY_PERCENT: Record<string, number> = { EUR: 100, USD: 110, GBP: 87 };

const SERVERS: Record<ServiceKind, string> = { WEB_HOSTING: "web12.nubehosting.example", VPS: "node-mad-04.nubehosting.example", EMAIL: "mail3.nubehosting.example" };

/** Rounded up to the next price ending in 9 cents, as a list price reads. */
function listPrice(minor: number): number {
  return Math.ceil((minor + 1) / 10) * 10 - 1;
}

export function demoProductSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

export const DEMO_PRODUCTS: readonly CatalogProduct[] = PRODUCTS.map((product) => ({
  slug: demoProductSlug(product.name),
  kind: product.kind,
  name: product.name,
  tier: product.tier,
  limits: { diskLimitMb: product.diskLimitMb, bandwidthLimitMb: product.bandwidthLimitMb, mailboxesLimit: product.mailboxesLimit, cpuCores: product.cpuCores, memoryMb: product.memoryMb },
  server: SERVERS[product.kind],
  prices: Object.entries(CURRENCY_PERCENT).flatMap(([currency, currencyPercent]) =>
    (Object.keys(CYCLE_MONTHS) as BillingCycle[]).map((cycle) => ({
      cycle,
      currency,
      priceMinor: listPrice(Math.round((product.monthlyPriceMinor * CYCLE_MONTHS[cycle] * CYCLE_PERCENT[cycle] * currencyPercent) / 10_000)),
    })),
  ),
}));

/** EUR a year: registration, renewal, transfer (a transfer includes one year's renewal). */
const EXTENSION_YEARLY: Record<string, { register: number; renew: number; transfer: number }> = {
  com: { register: 1199, renew: 1399, transfer: 1199 },
  net: { register: 1399, renew: 1599, transfer: 1399 },
  org: { register: 1299, renew: 1499, transfer: 1299 },
  eu: { register: 799, renew: 899, transfer: 799 },
  es: { register: 899, renew: 999, transfer: 899 },
  de: { register: 699, renew: 799, transfer: 699 },
  it: { register: 999, renew: 1099, transfer: 999 },
  io: { register: 3999, renew: 4499, transfer: 3999 },
  example: { register: 500, renew: 500, transfer: 500 },
};

export const MAX_REGISTRATION_YEARS = 10;

export const DEMO_EXTENSIONS: readonly CatalogExtension[] = Object.entries(EXTENSION_YEARLY).map(([extension, yearly]) => ({
  extension,
  prices: Object.entries(CURRENCY_PERCENT).flatMap(([currency, percent]) =>
    Array.from({ length: MAX_REGISTRATION_YEARS }, (_, index) => {
      const years = index + 1;
      const inCurrency = (minor: number) => listPrice(Math.round((minor * percent) / 100));
      // The first year at the registration price, every further year at the renewal price.
      return {
        currency,
        years,
        registerMinor: inCurrency(yearly.register) + (years - 1) * inCurrency(yearly.renew),
        renewMinor: years * inCurrency(yearly.renew),
        transferMinor: years === 1 ? inCurrency(yearly.transfer) : null,
      };
    }),
  ),
}));
