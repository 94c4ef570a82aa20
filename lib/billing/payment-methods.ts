import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { activeGateway } from "./gateways/registry";
import { methodLabel } from "./method-label";
import type { TAddCard } from "./schemas";
import type { SavedCard } from "./gateways/types";

/** The account's saved methods, default first; never the token. */
export function listPaymentMethods(accountId: string) {
  return db.paymentMethod.findMany({
    where: { accountId },
    orderBy: { createdAt: "asc" },
    select: { id: true, brand: true, last4: true, expMonth: true, expYear: true, holderName: true, gateway: true, defaultFor: { select: { id: true } } },
  });
}

/** A method looked up inside the account: another account's id is "not found", the same as a missing one. */
async function findMethod(tx: Prisma.TransactionClient, accountId: string, methodId: string) {
  const method = await tx.paymentMethod.findFirst({ where: { id: methodId, accountId }, select: { id: true, brand: true, last4: true } });
  if (!method) throw new UserError("notFound");
  return method;
}

/** A card the gateway has tokenized, and who saves it. */
export type CardToStore = { accountId: string; actorId: string; client: Pick<ClientInfo, "ip"> | null; gatewayId: string; card: SavedCard; holderName: string };

/**
 * Stores a tokenized card in the caller's transaction: only the token, brand, last four
 * digits and expiry; the first method becomes the default; the activity log says so. Also
 * used when a member pays with a new card and asks to keep it (lib/invoices/pay-invoices.ts).
 */
export async function storeCard(tx: Prisma.TransactionClient, store: CardToStore): Promise<{ id: string; label: string }> {
  const { token, brand, last4, expMonth, expYear } = store.card;
  const method = await tx.paymentMethod.create({ data: { accountId: store.accountId, gateway: store.gatewayId, token, brand, last4, expMonth, expYear, holderName: store.holderName }, select: { id: true } });
  const madeDefault = await tx.clientAccount.updateMany({ where: { id: store.accountId, defaultPaymentMethodId: null }, data: { defaultPaymentMethodId: method.id } });
  const label = methodLabel(store.card);
  await recordActivity(tx, { accountId: store.accountId, actorId: store.actorId, kind: "payment_method.added", client: store.client, details: { method: label, default: madeDefault.count === 1 } });
  return { id: method.id, label };
}

/**
 * Saves a card: the gateway takes the number and CVC and hands back a token; only the token,
 * brand, last four digits and expiry are stored. The first method becomes the default.
 */
export async function addPaymentMethod(access: AccountAccess, card: TAddCard, client: ClientInfo): Promise<{ id: string }> {
  const gateway = activeGateway();
  const saved = await gateway.tokenize({ number: card.number, cvc: card.cvc, holderName: card.holderName, ...card.expiry });
  if (!saved.ok) throw new UserError(`payment.${saved.reason}`);
  return db.$transaction(async (tx) => {
    const method = await storeCard(tx, { accountId: access.account.id, actorId: access.user.id, client, gatewayId: gateway.id, card: saved.card, holderName: card.holderName });
    return { id: method.id };
  });
}

/** Removes a saved method; payments made with it keep their label. If it was the default, there is none until one is chosen. */
export async function removePaymentMethod(access: AccountAccess, methodId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const method = await findMethod(tx, access.account.id, methodId);
    await tx.paymentMethod.delete({ where: { id: method.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "payment_method.removed", client, details: { method: methodLabel(method) } });
  });
}

/** Makes a method of this account the default: another account's method is refused as not found. */
export async function setDefaultPaymentMethod(access: AccountAccess, methodId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const method = await findMethod(tx, access.account.id, methodId);
    const before = await tx.clientAccount.findUniqueOrThrow({ where: { id: access.account.id }, select: { defaultPaymentMethodId: true } });
    if (before.defaultPaymentMethodId === method.id) return;
    await tx.clientAccount.update({ where: { id: access.account.id }, data: { defaultPaymentMethodId: method.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "payment_method.default_changed", client, details: { method: methodLabel(method) } });
  });
}
