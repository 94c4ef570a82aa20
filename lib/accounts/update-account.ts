import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { TAccountDetails } from "./schemas";
import { lockOpenAccount } from "./lock-open-account";

/** Whether the account has any invoice, whatever its state: its currency is then fixed for its members. */
export async function hasInvoices(accountId: string, tx: Prisma.TransactionClient = db): Promise<boolean> {
  return (await tx.invoice.findFirst({ where: { accountId }, select: { id: true } })) !== null;
}

type Editor = { accountId: string; actorId: string | null; client: ClientInfo | null };

/**
 * Saves the given company details (all of them from the member's form, any of them from the
 * provider's API); the activity log keeps each changed field's old and new value. False when
 * there is no such account; a closed account is refused (UserError).
 */
async function saveAccountDetails(editor: Editor, details: Partial<TAccountDetails>): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await lockOpenAccount(tx, editor.accountId))) return false;
    const fields = Object.keys(details) as (keyof TAccountDetails)[];
    if (fields.length === 0) return true;
    const before = await tx.clientAccount.findUniqueOrThrow({ where: { id: editor.accountId }, select: Object.fromEntries(fields.map((k) => [k, true])) as Record<keyof TAccountDetails, true> });
    const changes = Object.fromEntries(fields.filter((key) => before[key] !== details[key]).map((key) => [key, { before: before[key], after: details[key] ?? null }]));
    if (Object.keys(changes).length === 0) return true;
    // Issued invoices, their payments and the totals are in the account's currency: a member
    // may not switch it under them. The provider (actorId null) still can, knowing why.
    if ("currency" in changes && editor.actorId !== null && (await hasInvoices(editor.accountId, tx))) throw new UserError("currencyLocked");
    await tx.clientAccount.update({ where: { id: editor.accountId }, data: details });
    // The provider's edit says so (`by`); the sentence lists only the fields, so the marker is not one of them.
    await recordActivity(tx, { accountId: editor.accountId, actorId: editor.actorId, kind: "account.updated", client: editor.client, details: editor.actorId === null ? { ...changes, by: "provider" } : changes });
    return true;
  });
}

/** A member with account.edit saves the company details. */
export async function updateAccountDetails(access: AccountAccess, details: TAccountDetails, client: ClientInfo): Promise<void> {
  await saveAccountDetails({ accountId: access.account.id, actorId: access.user.id, client }, details);
}

/** The provider changes some of the company details of an active or suspended account. False when there is no such account. */
export function updateAccountDetailsAsProvider(accountId: string, details: Partial<TAccountDetails>): Promise<boolean> {
  return saveAccountDetails({ accountId, actorId: null, client: null }, details);
}

export function loadAccountDetails(accountId: string) {
  return db.clientAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { kind: true, legalName: true, taxId: true, addressLine1: true, addressLine2: true, city: true, region: true, postcode: true, country: true, currency: true, documentLocale: true },
  });
}
