import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import type { ClientInfo } from "@/lib/http/client-info";
import type { TAccountDetails } from "./schemas";

/** Creates a client account with the user as its owner (and first member), in one transaction. */
export async function createAccount(user: { id: string }, details: TAccountDetails, client: ClientInfo): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const account = await tx.clientAccount.create({ data: { ...details, ownerId: user.id }, select: { id: true } });
    await tx.membership.create({ data: { accountId: account.id, userId: user.id } });
    await recordActivity(tx, { accountId: account.id, actorId: user.id, kind: "account.created", client, details: { legalName: details.legalName } });
    return account;
  });
}
