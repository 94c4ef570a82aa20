import type { ExtensionRow, ProductRow } from "./catalog-admin";
import type { TCreateExtension, TCreateProduct } from "./catalog-schemas";

/** A plan as the catalog file holds it (and the API takes it to create one): no id, no dates. */
export function productEntry(row: ProductRow): TCreateProduct {
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    tier: row.tier,
    sold: row.sold,
    panelDriver: row.panelDriver,
    server: row.server,
    diskLimitMb: row.diskLimitMb,
    bandwidthLimitMb: row.bandwidthLimitMb,
    mailboxesLimit: row.mailboxesLimit,
    cpuCores: row.cpuCores,
    memoryMb: row.memoryMb,
    prices: row.prices.map((price) => ({ cycle: price.cycle, currency: price.currency as TCreateProduct["prices"][number]["currency"], priceMinor: price.priceMinor })),
  };
}

export function extensionEntry(row: ExtensionRow): TCreateExtension {
  return {
    extension: row.extension,
    registrar: row.registrar,
    sold: row.sold,
    prices: row.prices.map((price) => ({
      currency: price.currency as TCreateExtension["prices"][number]["currency"],
      years: price.years,
      registerMinor: price.registerMinor,
      renewMinor: price.renewMinor,
      transferMinor: price.transferMinor,
    })),
  };
}

/** A plan as the API answers it: the file's fields with its id and dates. */
export function productBody(row: ProductRow) {
  return { id: row.id, ...productEntry(row), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export function extensionBody(row: ExtensionRow) {
  return { ...extensionEntry(row), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
