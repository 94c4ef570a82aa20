import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAccountDetails } from "./schemas";
import { emitWebhookEvent } from "../webhooks/emit";

/**
 * The rows of a new client account: the account with its owner, and the owner's membership
 * (so every member is listed the same way). createAccount adds the activity event around it;
 * the end-to-end factories call it straight, since they cannot load server-only modules.
 */
export async function writeAccount(tx: Prisma.TransactionClient, ownerId: string, details: TAccountDetails): Promise<{ id: string }> {
  const account = await tx.clientAccount.create({ data: { ...details, ownerId }, select: { id: true } });
  await tx.membership.create({ data: { accountId: account.id, userId: ownerId } });
  await emitWebhookEvent(tx, { type: "account.created", data: { accountId: account.id, legalName: details.legalName, currency: details.currency, ownerId } });
  return account;
}
