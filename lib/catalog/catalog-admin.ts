import type { Prisma } from "../generated/prisma/client";
import { UserError } from "../errors/user-error";
import { invalidField } from "../api/invalid-field";
import { hasDriver } from "../provisioning/registry";
import { registrarFor } from "../registrars/registry";
import type { TCreateExtension, TCreateProduct, TUpdateExtension, TUpdateProduct } from "./catalog-schemas";

/**
 * The provider's writes to the catalog, used by the API (/api/v1/catalog) and the catalog
 * script alike, each in the caller's transaction (the script imports a whole file in one).
 * Plans and extensions are never deleted while something uses them: a plan stops being sold
 * (sold: false) and the services on it keep it. No "server-only": the script runs outside Next.
 */

type Tx = Prisma.TransactionClient;

const PRODUCT_INCLUDE = { prices: { orderBy: [{ currency: "asc" }, { cycle: "asc" }] } } as const satisfies Prisma.ProductInclude;
const EXTENSION_INCLUDE = { prices: { orderBy: [{ currency: "asc" }, { years: "asc" }] } } as const satisfies Prisma.DomainExtensionInclude;

export type ProductRow = Prisma.ProductGetPayload<{ include: typeof PRODUCT_INCLUDE }>;
export type ExtensionRow = Prisma.DomainExtensionGetPayload<{ include: typeof EXTENSION_INCLUDE }>;

function refuseUnknownDriver(panelDriver: string | undefined) {
  if (panelDriver !== undefined && !hasDriver(panelDriver)) throw invalidField("panelDriver", `No provisioning driver named "${panelDriver}" is installed.`);
}

/** registrarFor throws for a name that is not installed (a configuration fault there; a wrong field here). */
function hasRegistrar(name: string): boolean {
  try {
    registrarFor(name);
    return true;
  } catch {
    return false;
  }
}

function refuseUnknownRegistrar(registrar: string | undefined) {
  if (registrar !== undefined && !hasRegistrar(registrar)) throw invalidField("registrar", `No registrar driver named "${registrar}" is installed.`);
}

export async function listProducts(tx: Tx, filter: { kind?: ProductRow["kind"]; sold?: boolean } = {}): Promise<ProductRow[]> {
  return tx.product.findMany({ where: { kind: filter.kind, sold: filter.sold }, orderBy: [{ kind: "asc" }, { tier: "asc" }, { slug: "asc" }], include: PRODUCT_INCLUDE });
}

export async function getProduct(tx: Tx, productId: string): Promise<ProductRow> {
  const product = await tx.product.findUnique({ where: { id: productId }, include: PRODUCT_INCLUDE });
  if (!product) throw new UserError("notFound");
  return product;
}

export async function createProduct(tx: Tx, input: TCreateProduct): Promise<ProductRow> {
  refuseUnknownDriver(input.panelDriver);
  if (await tx.product.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new UserError("catalogSlugTaken", { slug: input.slug });
  const { prices, ...plan } = input;
  const created = await tx.product.create({ data: { ...plan, prices: { create: prices } }, select: { id: true } });
  return getProduct(tx, created.id);
}

/** Locks the plan's row so two changes to one plan (or its prices) run one after the other. */
async function lockProduct(tx: Tx, productId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Product" WHERE id = ${productId}::uuid FOR UPDATE`;
  if (!row) throw new UserError("notFound");
}

export async function updateProduct(tx: Tx, productId: string, patch: TUpdateProduct): Promise<ProductRow> {
  refuseUnknownDriver(patch.panelDriver);
  await lockProduct(tx, productId);
  await tx.product.update({ where: { id: productId }, data: patch });
  return getProduct(tx, productId);
}

/** Replaces every price of the plan: services already on it keep their own price until the provider changes it. */
export async function replaceProductPrices(tx: Tx, productId: string, prices: TCreateProduct["prices"]): Promise<ProductRow> {
  await lockProduct(tx, productId);
  await tx.productPrice.deleteMany({ where: { productId } });
  await tx.productPrice.createMany({ data: prices.map((price) => ({ productId, ...price })) });
  await tx.product.update({ where: { id: productId }, data: { updatedAt: new Date() } });
  return getProduct(tx, productId);
}

export async function listExtensions(tx: Tx, filter: { sold?: boolean } = {}): Promise<ExtensionRow[]> {
  return tx.domainExtension.findMany({ where: { sold: filter.sold }, orderBy: { extension: "asc" }, include: EXTENSION_INCLUDE });
}

export async function getExtension(tx: Tx, extension: string): Promise<ExtensionRow> {
  const row = await tx.domainExtension.findUnique({ where: { extension }, include: EXTENSION_INCLUDE });
  if (!row) throw new UserError("notFound");
  return row;
}

export async function createExtension(tx: Tx, input: TCreateExtension): Promise<ExtensionRow> {
  refuseUnknownRegistrar(input.registrar);
  if (await tx.domainExtension.findUnique({ where: { extension: input.extension }, select: { extension: true } })) throw new UserError("catalogExtensionTaken", { extension: input.extension });
  await tx.domainExtension.create({ data: { extension: input.extension, registrar: input.registrar, sold: input.sold, prices: { create: input.prices } } });
  return getExtension(tx, input.extension);
}

export async function updateExtension(tx: Tx, extension: string, patch: TUpdateExtension): Promise<ExtensionRow> {
  refuseUnknownRegistrar(patch.registrar);
  const [row] = await tx.$queryRaw<{ extension: string }[]>`SELECT extension FROM "DomainExtension" WHERE extension = ${extension} FOR UPDATE`;
  if (!row) throw new UserError("notFound");
  const { prices, ...fields } = patch;
  await tx.domainExtension.update({ where: { extension }, data: { ...fields, updatedAt: new Date() } });
  if (prices) {
    await tx.domainPrice.deleteMany({ where: { extension } });
    await tx.domainPrice.createMany({ data: prices.map((price) => ({ extension, ...price })) });
  }
  return getExtension(tx, extension);
}
