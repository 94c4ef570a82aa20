import "server-only";
import { db } from "@/lib/db";
import { sealSecret } from "@/lib/auth/secret-box";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { quoteItem, type ItemToQuote } from "@/lib/orders/quote-item";
import type { TAddDomainToCart, TAddServiceToCart } from "@/lib/orders/schemas";

/** A cart holds this many items at most: enough for any order, and checkout's one transaction stays short. */
export const MAX_CART_ITEMS = 20;

/** The member's cart in the account, made on first use (the unique index settles two first adds at once). */
async function cartOf(tx: Prisma.TransactionClient, access: AccountAccess): Promise<string> {
  const cart = await tx.cart.upsert({ where: { accountId_userId: { accountId: access.account.id, userId: access.user.id } }, create: { accountId: access.account.id, userId: access.user.id }, update: {}, select: { id: true } });
  return cart.id;
}

/** Priced now on the server in the account's currency; a refusal (not sold, taken) is the member's to read. */
async function addItem(access: AccountAccess, item: ItemToQuote, extra: Omit<Prisma.CartItemUncheckedCreateInput, "cartId" | "kind" | "priceMinor" | "currency">) {
  const name = item.kind === "SERVICE" ? null : item.domainName;
  return db.$transaction(async (tx) => {
    const cartId = await cartOf(tx, access);
    // The cart's row lock orders concurrent adds, so the limit and the duplicate check hold.
    await tx.$queryRaw`SELECT id FROM "Cart" WHERE id = ${cartId}::uuid FOR UPDATE`;
    if ((await tx.cartItem.count({ where: { cartId } })) >= MAX_CART_ITEMS) throw new UserError("cartFull", { max: MAX_CART_ITEMS });
    if (name && (await tx.cartItem.count({ where: { cartId, domainName: name } }))) throw new UserError("cartDomainTwice", { item: name });
    const quote = await quoteItem(tx, item, access.account.currency);
    if (!quote.ok) throw new UserError(quote.reason, { item: name ?? "" });
    return tx.cartItem.create({ data: { ...extra, cartId, kind: item.kind, priceMinor: quote.priceMinor, currency: access.account.currency }, select: { id: true, priceMinor: true } });
  });
}

export async function addServiceToCart(access: AccountAccess, input: TAddServiceToCart) {
  return addItem(access, { kind: "SERVICE", productId: input.productId, cycle: input.cycle }, { productId: input.productId, cycle: input.cycle });
}

export async function addDomainToCart(access: AccountAccess, input: TAddDomainToCart) {
  // The registrant must be a contact of this account: another tenant's contact id is "not found".
  if (input.registrantContactId && !(await db.contact.count({ where: { id: input.registrantContactId, accountId: access.account.id } }))) throw new UserError("notFound");
  const registrant = { domainName: input.name, registrantContactId: input.registrantContactId };
  if (input.operation === "register") {
    const years = input.years ?? 1;
    return addItem(access, { kind: "DOMAIN_REGISTRATION", domainName: input.name, years }, { ...registrant, years });
  }
  return addItem(access, { kind: "DOMAIN_TRANSFER", domainName: input.name }, { ...registrant, years: 1, transferCode: sealSecret(input.transferCode ?? "") });
}

/** Removes one item of the member's own cart; another member's item, or another account's, is "not found". */
export async function removeCartItem(access: AccountAccess, itemId: string): Promise<void> {
  const removed = await db.cartItem.deleteMany({ where: { id: itemId, cart: { accountId: access.account.id, userId: access.user.id } } });
  if (removed.count === 0) throw new UserError("notFound");
}
