import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BillingCycle, OrderItemKind } from "@/lib/generated/prisma/enums";

/** A cart item as the cart page and checkout read it. */
export type CartLine = {
  id: string;
  kind: OrderItemKind;
  productId: string | null;
  productName: string | null;
  cycle: BillingCycle | null;
  domainName: string | null;
  years: number | null;
  registrantContactId: string | null;
  registrantName: string | null;
  transferCode: string | null;
  priceMinor: number;
  currency: string;
};

export const cartLineSelect = {
  id: true,
  kind: true,
  productId: true,
  product: { select: { name: true } },
  cycle: true,
  domainName: true,
  years: true,
  registrantContactId: true,
  registrant: { select: { firstName: true, lastName: true, company: true } },
  transferCode: true,
  priceMinor: true,
  currency: true,
} satisfies Prisma.CartItemSelect;

export function toCartLine(row: Prisma.CartItemGetPayload<{ select: typeof cartLineSelect }>): CartLine {
  const { product, registrant, ...rest } = row;
  return {
    ...rest,
    productName: product?.name ?? null,
    registrantName: registrant ? `${registrant.firstName} ${registrant.lastName}${registrant.company ? ` (${registrant.company})` : ""}` : null,
  };
}

/** The member's cart in the account, oldest item first; an empty list when they have none. */
export async function listCart(accountId: string, userId: string): Promise<CartLine[]> {
  const rows = await db.cartItem.findMany({ where: { cart: { accountId, userId } }, select: cartLineSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toCartLine);
}
