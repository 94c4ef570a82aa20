import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import type { ClientInfo } from "@/lib/http/client-info";
import type { TAccountDetails } from "./schemas";
import { writeAccount } from "./write-account";

/** Creates a client account with the user as its owner (and first member), in one transaction. */
export async function createAccount(user: { id: string }, details: TAccountDetails, client: ClientInfo): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const account = await writeAccount(tx, user.id, details);
    await recordActivity(tx, { accountId: account.id, actorId: user.id, kind: "account.created", client, details: { legalName: details.legalName } });
    return account;
  });
}
