import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/**
 * The owner closes the account (password confirmed). Its data is kept; it can no longer be
 * opened by anyone, its pending invitations and transfers die with it.
 */
export async function closeAccount(access: AccountAccess, password: string, client: ClientInfo): Promise<void> {
  if (!access.isOwner) throw new UserError("forbidden");
  await confirmPassword(access.user, password, client);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const closed = await tx.clientAccount.updateMany({ where: { id: access.account.id, status: "ACTIVE", ownerId: access.user.id }, data: { status: "CLOSED", closedAt: now } });
    if (closed.count !== 1) throw new UserError("notFound");
    await tx.invitation.updateMany({ where: { accountId: access.account.id, status: "PENDING" }, data: { status: "REVOKED", revokedAt: now } });
    await tx.ownershipTransfer.updateMany({ where: { accountId: access.account.id, status: "PENDING" }, data: { status: "CANCELLED", decidedAt: now } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "account.closed", client });
    await emitWebhookEvent(tx, { type: "account.closed", data: { accountId: access.account.id, closedAt: now.toISOString() } });
  });
}
