import type { Prisma } from "../generated/prisma/client";
import type { BillingCycle } from "../generated/prisma/enums";

type Db = Prisma.TransactionClient;

export type DomainOperation = "register" | "renew" | "transfer";

/** A domain's extension, without the dot: "example.co.uk" → "co.uk", "nube.com" → "com". */
export function extensionOf(name: string): string {
  return name.slice(name.indexOf(".") + 1).toLowerCase();
}

/**
 * What a plan costs for one cycle in a currency, as the catalog says now; null when the plan
 * is not sold (any more), or not for that cycle or currency. Checkout and renewals read the
 * price here, never from what a browser sent.
 */
export async function productPrice(db: Db, input: { productId: string; cycle: BillingCycle; currency: string }): Promise<number | null> {
  const row = await db.productPrice.findFirst({
    where: { productId: input.productId, cycle: input.cycle, currency: input.currency, product: { sold: true } },
    select: { priceMinor: true },
  });
  return row?.priceMinor ?? null;
}

/**
 * What registering, renewing or transferring a name costs for a number of years in a currency,
 * at the catalog's standard price (a premium name's price comes from its registrar); null when
 * the extension is not sold (renewals excepted), or not for that many years or in that currency. A transfer is
 * priced for its one included year only.
 */
export async function domainPrice(db: Db, input: { name: string; operation: DomainOperation; years: number; currency: string }): Promise<number | null> {
  const row = await db.domainPrice.findFirst({
    // An extension no longer sold still renews the names already held: only new ones are refused.
    where: { extension: extensionOf(input.name), currency: input.currency, years: input.years, ...(input.operation === "renew" ? {} : { domainExtension: { sold: true } }) },
    select: { registerMinor: true, renewMinor: true, transferMinor: true },
  });
  if (!row) return null;
  if (input.operation === "register") return row.registerMinor;
  if (input.operation === "renew") return row.renewMinor;
  return row.transferMinor;
}
