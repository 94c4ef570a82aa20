import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { TAccountDetails } from "./schemas";

/** Saves the company details; the activity log keeps each changed field's old and new value. */
export async function updateAccountDetails(access: AccountAccess, details: TAccountDetails, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.clientAccount.findUniqueOrThrow({ where: { id: access.account.id }, select: Object.fromEntries(Object.keys(details).map((k) => [k, true])) as Record<keyof TAccountDetails, true> });
    const changes = Object.fromEntries(
      (Object.keys(details) as (keyof TAccountDetails)[]).filter((key) => before[key] !== details[key]).map((key) => [key, { before: before[key], after: details[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await tx.clientAccount.update({ where: { id: access.account.id }, data: details });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "account.updated", client, details: changes });
  });
}

export function loadAccountDetails(accountId: string) {
  return db.clientAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { kind: true, legalName: true, taxId: true, addressLine1: true, addressLine2: true, city: true, region: true, postcode: true, country: true, currency: true, documentLocale: true },
  });
}
