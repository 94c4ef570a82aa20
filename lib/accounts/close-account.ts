import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { confirmsAccountName } from "./confirm-account-name";
import { lockOpenAccount } from "./lock-open-account";

/**
 * What closing does, whoever closes: the account is marked closed (its data is kept; nobody
 * can open it any more), its pending invitations and ownership offers die with it, and the
 * activity log says who closed it. `where` is the condition the row must still meet.
 */
async function closeInTransaction(tx: Prisma.TransactionClient, input: { where: Prisma.ClientAccountWhereInput & { id: string }; actorId: string | null; client: ClientInfo | null }): Promise<boolean> {
  const now = new Date();
  const accountId = input.where.id;
  const closed = await tx.clientAccount.updateMany({ where: input.where, data: { status: "CLOSED", closedAt: now } });
  if (closed.count !== 1) return false;
  await tx.invitation.updateMany({ where: { accountId, status: "PENDING" }, data: { status: "REVOKED", revokedAt: now } });
  await tx.ownershipTransfer.updateMany({ where: { accountId, status: "PENDING" }, data: { status: "CANCELLED", decidedAt: now } });
  await recordActivity(tx, { accountId, actorId: input.actorId, kind: "account.closed", client: input.client, ...(input.actorId === null ? { details: { by: "provider" } } : {}) });
  await emitWebhookEvent(tx, { type: "account.closed", data: { accountId, closedAt: now.toISOString() } });
  return true;
}

/**
 * The owner closes the account, with their password and the account's name typed out: the
 * dialog asks for the name, and it is checked here too, so a request that skips the dialog
 * (a forged or replayed form) cannot close an account by mistake.
 */
export async function closeAccount(access: AccountAccess, input: { password: string; confirmName: string }, client: ClientInfo): Promise<void> {
  if (!access.isOwner) throw new UserError("forbidden");
  if (!confirmsAccountName(input.confirmName, access.account.legalName)) throw new UserError("confirmNameMismatch", undefined, { field: "confirmName" });
  await confirmPassword(access.user, input.password, client);
  await db.$transaction(async (tx) => {
    const closed = await closeInTransaction(tx, { where: { id: access.account.id, status: "ACTIVE", ownerId: access.user.id }, actorId: access.user.id, client });
    if (!closed) throw new UserError("notFound");
  });
}

/** The provider closes the account, active or suspended. False when there is no such account; a closed one is a UserError (409). */
export async function closeAccountAsProvider(accountId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await lockOpenAccount(tx, accountId))) return false;
    return closeInTransaction(tx, { where: { id: accountId, status: { in: ["ACTIVE", "SUSPENDED"] } }, actorId: null, client: null });
  });
}
