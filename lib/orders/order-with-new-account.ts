import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { writeAccount } from "@/lib/accounts/write-account";
import type { TAccountDetails } from "@/lib/accounts/schemas";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { placeOrder, type PlacedOrder } from "./place-order";
import { quoteItem } from "./quote-item";
import type { TAddServiceToCart } from "./schemas";

/**
 * An order that makes its client account (a signed-in user with none, or one who wants a new
 * one): the account with the user as owner, from the billing details given, and the order of
 * one plan in the new account's currency, in one transaction. A plan not sold in that currency
 * (or not at all) refuses the whole: no account is left behind without its order.
 */
export async function orderWithNewAccount(user: { id: string }, input: { details: TAccountDetails; plan: TAddServiceToCart }, client: ClientInfo, now = new Date()): Promise<PlacedOrder & { accountId: string }> {
  const placed = await db.$transaction(async (tx) => {
    const quote = await quoteItem(tx, { kind: "SERVICE", productId: input.plan.productId, cycle: input.plan.cycle }, input.details.currency);
    const product = await tx.product.findUnique({ where: { id: input.plan.productId }, select: { name: true } });
    if (!quote.ok || !product) throw new UserError("orderItemNotSold", { item: product?.name ?? "" });
    const account = await writeAccount(tx, user.id, input.details);
    await recordActivity(tx, { accountId: account.id, actorId: user.id, kind: "account.created", client, details: { legalName: input.details.legalName } });
    const order = await placeOrder(tx, {
      accountId: account.id,
      placedById: user.id,
      now,
      items: [{ kind: "SERVICE", productId: input.plan.productId, productName: product.name, cycle: input.plan.cycle, domainName: null, years: null, registrantContactId: null, transferCode: null, priceMinor: quote.priceMinor, currency: input.details.currency }],
    });
    return { ...order, accountId: account.id };
  });
  deliverSoon();
  return placed;
}
