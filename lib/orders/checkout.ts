import "server-only";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { cartLineSelect, toCartLine, type CartLine } from "@/lib/cart/cart-items";
import { placeOrder, type PlacedOrder, type PricedItem } from "./place-order";
import { quoteItem, type ItemToQuote } from "./quote-item";

export type CheckoutResult = ({ kind: "placed" } & PlacedOrder) | { kind: "repriced"; changes: { itemId: string; beforeMinor: number; afterMinor: number }[] };

/** The cart line as the order takes it: what it is and its (just checked) price. */
function pricedItem(line: CartLine): PricedItem {
  return { kind: line.kind, productId: line.productId, productName: line.productName, cycle: line.cycle, domainName: line.domainName, years: line.years, registrantContactId: line.registrantContactId, transferCode: line.transferCode, priceMinor: line.priceMinor, currency: line.currency };
}

function toQuote(line: CartLine): ItemToQuote {
  if (line.kind === "SERVICE") return { kind: "SERVICE", productId: line.productId!, cycle: line.cycle! };
  if (line.kind === "DOMAIN_TRANSFER") return { kind: "DOMAIN_TRANSFER", domainName: line.domainName! };
  return { kind: "DOMAIN_REGISTRATION", domainName: line.domainName!, years: line.years! };
}

/**
 * Checks out the member's cart: every item priced again from the catalog and the registrar,
 * then the order, its invoice and its items in one transaction (placeOrder), and the cart
 * emptied. The cart's row is locked first, so a second checkout of the same cart waits and
 * then finds it empty: one order. Refused with nothing written: an empty cart, an item in
 * another currency than the account's, one no longer sold or a name taken meanwhile. A price
 * changed since the item was added is not charged: the cart takes the new prices (that
 * is all this writes) and the member sees them before checking out again.
 */
export async function checkoutCart(access: AccountAccess, now = new Date()): Promise<CheckoutResult> {
  const accountId = access.account.id;
  const result = await db.$transaction(async (tx): Promise<CheckoutResult> => {
    const [cart] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Cart" WHERE "accountId" = ${accountId}::uuid AND "userId" = ${access.user.id}::uuid FOR UPDATE`;
    const lines = cart ? (await tx.cartItem.findMany({ where: { cartId: cart.id }, select: cartLineSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(toCartLine) : [];
    if (!cart || lines.length === 0) throw new UserError("cartEmpty");
    const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { currency: true } });

    const changes: { itemId: string; beforeMinor: number; afterMinor: number }[] = [];
    for (const line of lines) {
      const item = line.domainName ?? line.productName ?? "";
      // The account's currency changed since the item was added: its price means nothing now.
      if (line.currency !== account.currency) throw new UserError("cartCurrencyChanged", { item, currency: account.currency });
      const quote = await quoteItem(tx, toQuote(line), account.currency);
      if (!quote.ok) throw new UserError(quote.reason, { item });
      if (quote.priceMinor !== line.priceMinor) changes.push({ itemId: line.id, beforeMinor: line.priceMinor, afterMinor: quote.priceMinor });
    }
    if (changes.length > 0) {
      for (const change of changes) await tx.cartItem.update({ where: { id: change.itemId }, data: { priceMinor: change.afterMinor } });
      return { kind: "repriced", changes };
    }

    const placed = await placeOrder(tx, { accountId, placedById: access.user.id, now, items: lines.map(pricedItem) });
    await tx.cartItem.deleteMany({ where: { cartId: cart.id } });
    return { kind: "placed", ...placed };
  });
  if (result.kind === "placed") deliverSoon();
  return result;
}
