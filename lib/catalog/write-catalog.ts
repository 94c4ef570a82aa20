import type { Prisma } from "../generated/prisma/client";
import type { CatalogExtension, CatalogProduct } from "./demo-catalog";

/**
 * Writes plans and extensions with their prices, in the caller's transaction: a plan is found
 * by its slug and an extension by its name, updated when it exists, created when not; their
 * price rows are replaced by the ones given. Used by the demo seed, the test factories and
 * the catalog script. No "server-only": the seed and factories run outside Next.
 */
export async function writeCatalog(tx: Prisma.TransactionClient, catalog: { products?: readonly CatalogProduct[]; extensions?: readonly CatalogExtension[] }): Promise<void> {
  for (const product of catalog.products ?? []) {
    const data = { kind: product.kind, name: product.name, tier: product.tier, server: product.server, sold: true, ...nullLimits(product.limits) };
    const row = await tx.product.upsert({ where: { slug: product.slug }, create: { slug: product.slug, ...data }, update: data, select: { id: true } });
    await tx.productPrice.deleteMany({ where: { productId: row.id } });
    await tx.productPrice.createMany({ data: product.prices.map((price) => ({ productId: row.id, ...price })) });
  }
  for (const extension of catalog.extensions ?? []) {
    await tx.domainExtension.upsert({ where: { extension: extension.extension }, create: { extension: extension.extension }, update: { sold: true } });
    await tx.domainPrice.deleteMany({ where: { extension: extension.extension } });
    await tx.domainPrice.createMany({ data: extension.prices.map((price) => ({ extension: extension.extension, ...price })) });
  }
}

function nullLimits(limits: CatalogProduct["limits"]) {
  return {
    diskLimitMb: limits.diskLimitMb ?? null,
    bandwidthLimitMb: limits.bandwidthLimitMb ?? null,
    mailboxesLimit: limits.mailboxesLimit ?? null,
    cpuCores: limits.cpuCores ?? null,
    memoryMb: limits.memoryMb ?? null,
  };
}
