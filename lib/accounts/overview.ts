import "server-only";
import { db } from "@/lib/db";
import { meets, type AccountAccess } from "@/lib/permissions/account-access";

/** The overview's figures, each only when the member may see what it counts. */
export async function accountOverview(access: AccountAccess) {
  const accountId = access.account.id;
  const canSeeUsers = meets(access, "users.view");
  const [members, pendingInvitations] = await Promise.all([
    canSeeUsers ? db.membership.count({ where: { accountId } }) : null,
    canSeeUsers ? db.invitation.count({ where: { accountId, status: "PENDING", expiresAt: { gt: new Date() } } }) : null,
  ]);
  return { members, pendingInvitations };
}
