import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { grantColumns, grantFromColumns, type Grant } from "@/lib/permissions/grants";
import { assertMayGrant, loadChangeableMember } from "./authorize-changes";

/** Gives a member another profile or set of keys; takes effect on the member's next request. */
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
  });
}

export async function removeMember(access: AccountAccess, membershipId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await loadChangeableMember(tx, access, membershipId);
    if (member.userId === access.user.id) throw new UserError("forbidden"); // leaving has its own road
    await tx.membership.delete({ where: { id: member.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: member.userId, kind: "member.removed", client, details: { email: member.user.email } });
  });
}

/** A member leaves an account; the owner cannot (ownership must move first). */
export async function leaveAccount(access: AccountAccess, client: ClientInfo): Promise<void> {
  if (access.isOwner) throw new UserError("ownerCannotLeave");
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: access.membershipId } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: access.user.id, kind: "member.left", client, details: { email: access.user.email } });
  });
}
