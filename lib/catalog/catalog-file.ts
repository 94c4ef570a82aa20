import type { Prisma } from "../generated/prisma/client";
import { invalidField } from "../api/invalid-field";
import { createExtension, createProduct, getExtension, getProduct, listExtensions, listProducts, replaceProductPrices, updateExtension, updateProduct } from "./catalog-admin";
import { extensionEntry, productEntry } from "./catalog-bodies";
import type { TCatalogFile, TCreateExtension, TCreateProduct, TUpdateProduct } from "./catalog-schemas";

/**
 * The catalog as a file, for `npm run catalog`: export writes every plan and extension with
 * its prices; import brings the database to what the file says, through the same functions
 * as the API, and returns one line per change. Import adds and changes, never deletes: a plan
 * or extension missing from the file stays as it is (stop selling it with `sold: false`).
 */

type Tx = Prisma.TransactionClient;

export async function exportCatalog(tx: Tx): Promise<TCatalogFile> {
  return { products: (await listProducts(tx)).map(productEntry), extensions: (await listExtensions(tx)).map(extensionEntry) };
}

const PLAN_FIELDS = ["name", "tier", "sold", "panelDriver", "server", "diskLimitMb", "bandwidthLimitMb", "mailboxesLimit", "cpuCores", "memoryMb"] as const;

/** Prices as comparable keys: the same set of rows, in any order, is no change. */
function priceKeys<Price extends object>(prices: readonly Price[]): string[] {
  return prices.map((price) => JSON.stringify(Object.entries(price).sort(([a], [b]) => a.localeCompare(b)))).sort();
}

function samePrices<Price extends object>(a: readonly Price[], b: readonly Price[]): boolean {
  const [left, right] = [priceKeys(a), priceKeys(b)];
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

async function importProduct(tx: Tx, wanted: TCreateProduct, index: number): Promise<string[]> {
  const existing = await tx.product.findUnique({ where: { slug: wanted.slug }, select: { id: true } });
  if (!existing) {
    await createProduct(tx, wanted);
    return [`create plan ${wanted.slug} (${wanted.name}) with ${wanted.prices.length} price(s)`];
  }
  const current = productEntry(await getProduct(tx, existing.id));
  // Services and integrations rely on a plan's kind: a file cannot turn hosting into a VPS.
  if (current.kind !== wanted.kind) throw invalidField(`products.${index}.kind`, `Plan ${wanted.slug} is ${current.kind}; a plan's kind never changes.`);
  const patch: TUpdateProduct = {};
  for (const field of PLAN_FIELDS) if (current[field] !== wanted[field]) Object.assign(patch, { [field]: wanted[field] });
  const changes: string[] = [];
  if (Object.keys(patch).length) {
    await updateProduct(tx, existing.id, patch);
    changes.push(`update plan ${wanted.slug}: ${Object.keys(patch).join(", ")}`);
  }
  if (!samePrices(current.prices, wanted.prices)) {
    await replaceProductPrices(tx, existing.id, wanted.prices);
    changes.push(`replace the prices of plan ${wanted.slug}: ${current.prices.length} → ${wanted.prices.length} price(s)`);
  }
  return changes;
}

async function importExtension(tx: Tx, wanted: TCreateExtension): Promise<string[]> {
  const existing = await tx.domainExtension.findUnique({ where: { extension: wanted.extension }, select: { extension: true } });
  if (!existing) {
    await createExtension(tx, wanted);
    return [`create extension .${wanted.extension} with ${wanted.prices.length} price(s)`];
  }
  const current = extensionEntry(await getExtension(tx, wanted.extension));
  const changed = [
    ...(current.registrar !== wanted.registrar ? ["registrar"] : []),
    ...(current.sold !== wanted.sold ? ["sold"] : []),
    ...(samePrices(current.prices, wanted.prices) ? [] : ["prices"]),
  ];
  if (!changed.length) return [];
  await updateExtension(tx, wanted.extension, {
    ...(changed.includes("registrar") ? { registrar: wanted.registrar } : {}),
    ...(changed.includes("sold") ? { sold: wanted.sold } : {}),
    ...(changed.includes("prices") ? { prices: wanted.prices } : {}),
  });
  return [`update extension .${wanted.extension}: ${changed.join(", ")}`];
}

/** Writes the file's catalog in the caller's transaction; the changes made, one line each (none: already as the file says). */
export async function importCatalog(tx: Tx, file: TCatalogFile): Promise<string[]> {
  const changes: string[] = [];
  for (const [index, product] of file.products.entries()) changes.push(...(await importProduct(tx, product, index)));
  for (const extension of file.extensions) changes.push(...(await importExtension(tx, extension)));
  return changes;
}
