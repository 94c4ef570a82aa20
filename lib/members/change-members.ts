import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { revokeInvitationsBeyondInviters } from "@/lib/invitations/inviter-rights";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { grantColumns, grantFromColumns, type Grant } from "@/lib/permissions/grants";
import { assertMayGrant, loadChangeableMember } from "./authorize-changes";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/**
 * Gives a member another profile or set of keys; takes effect on the member's next request.
 * The invitations the member sent that they could no longer send are revoked with it.
 */
export async function changeMemberGrant(access: AccountAccess, input: { membershipId: string; grant: Grant }, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await loadChangeableMember(tx, access, input.membershipId);
    await assertMayGrant(tx, access, input.grant);
    await tx.membership.update({ where: { id: member.id }, data: grantColumns(input.grant) });
    await recordActivity(tx, {
      accountId: access.account.id,
      actorId: access.user.id,
      subjectId: member.userId,
      kind: "member.updated",
      client,
      details: { email: member.user.email, before: grantFromColumns({ ...member, profileId: member.profile?.id ?? null }), after: input.grant },
    });
    await revokeInvitationsBeyondInviters(tx, { accountId: access.account.id, actorId: access.user.id, client, invitedById: member.userId });
  });
}

/**
 * What a membership leaves behind when it ends: the invitations its member sent (they hold
 * nothing now) and an ownership offer naming them, which must not come back to life if the
 * same person is invited again.
 */
async function endWhatTheMemberLeaves(tx: Prisma.TransactionClient, access: AccountAccess, userId: string, client: ClientInfo): Promise<void> {
  await revokeInvitationsBeyondInviters(tx, { accountId: access.account.id, actorId: access.user.id, client, invitedById: userId });
  const cancelled = await tx.ownershipTransfer.updateMany({ where: { accountId: access.account.id, toUserId: userId, status: "PENDING" }, data: { status: "CANCELLED", decidedAt: new Date() } });
  if (cancelled.count) {
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: userId, kind: "ownership.transfer_cancelled", client, details: { reason: "memberLeft" } });
  }
}

export async function removeMember(access: AccountAccess, membershipId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await loadChangeableMember(tx, access, membershipId);
    if (member.userId === access.user.id) throw new UserError("forbidden"); // leaving has its own road
    await tx.membership.delete({ where: { id: member.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: member.userId, kind: "member.removed", client, details: { email: member.user.email } });
    await emitWebhookEvent(tx, { type: "member.removed", data: { accountId: access.account.id, userId: member.userId, email: member.user.email, reason: "removed" } });
    await endWhatTheMemberLeaves(tx, access, member.userId, client);
  });
}

/** A member leaves an account; the owner cannot (ownership must move first). */
export async function leaveAccount(access: AccountAccess, client: ClientInfo): Promise<void> {
  if (access.isOwner) throw new UserError("ownerCannotLeave");
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: access.membershipId } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: access.user.id, kind: "member.left", client, details: { email: access.user.email } });
    await emitWebhookEvent(tx, { type: "member.removed", data: { accountId: access.account.id, userId: access.user.id, email: access.user.email, reason: "left" } });
    await endWhatTheMemberLeaves(tx, access, access.user.id, client);
  });
}
