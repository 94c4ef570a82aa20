import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { revokeInvitationsBeyondInviters } from "@/lib/invitations/inviter-rights";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { withImplied, type PermissionKey } from "@/lib/permissions/catalog";
import { isSubset } from "@/lib/permissions/grants";
import { knownKeys } from "@/lib/permissions/resolve";

type ProfileInput = { name: string; permissions: PermissionKey[] };

/** A profile may hold only keys its editor holds (rule 3), before and after the change. */
function assertWithinReach(access: AccountAccess, keys: readonly string[]): void {
  if (!isSubset(withImplied(knownKeys(keys)), access.permissions)) throw new UserError("cannotGrantMore");
}

async function findProfile(tx: Prisma.TransactionClient, access: AccountAccess, profileId: string) {
  const profile = await tx.accountProfile.findFirst({ where: { id: profileId, accountId: access.account.id }, select: { id: true, name: true, permissions: true } });
  if (!profile) throw new UserError("notFound");
  return profile;
}

/** Names are unique per account; the unique index decides, also under a race. */
async function withUniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("profileNameTaken", { name });
    throw error;
  }
}

export async function createProfile(access: AccountAccess, input: ProfileInput, client: ClientInfo) {
  assertWithinReach(access, input.permissions);
  return withUniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      const profile = await tx.accountProfile.create({ data: { accountId: access.account.id, name: input.name, permissions: input.permissions }, select: { id: true } });
      await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "profile.created", client, details: { ...input } });
      return profile;
    }),
  );
}

/**
 * Renames a profile or changes its keys: every member with it has the new keys on their next
 * request. Pending invitations that their inviters could no longer make (a manager narrowed by
 * the change, or an invitation with this profile widened beyond its inviter) are revoked with it.
 */
export async function updateProfile(access: AccountAccess, input: ProfileInput & { profileId: string }, client: ClientInfo): Promise<void> {
  await withUniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      const before = await findProfile(tx, access, input.profileId);
      assertWithinReach(access, before.permissions);
      assertWithinReach(access, input.permissions);
      await tx.accountProfile.update({ where: { id: before.id }, data: { name: input.name, permissions: input.permissions } });
      await recordActivity(tx, {
        accountId: access.account.id,
        actorId: access.user.id,
        kind: "profile.updated",
        client,
        details: { before: { name: before.name, permissions: before.permissions }, after: { name: input.name, permissions: input.permissions } },
      });
      await revokeInvitationsBeyondInviters(tx, { accountId: access.account.id, actorId: access.user.id, client });
    }),
  );
}

/** Refused while members or pending invitations use the profile, saying how many. */
export async function deleteProfile(access: AccountAccess, profileId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const profile = await findProfile(tx, access, profileId);
    assertWithinReach(access, profile.permissions);
    // One after the other: a transaction is one connection, and pg deprecates overlapping queries on it.
    const members = await tx.membership.count({ where: { profileId } });
    const invitations = await tx.invitation.count({ where: { profileId, status: "PENDING" } });
    if (members + invitations > 0) throw new UserError("profileInUse", { members, invitations });
    await tx.accountProfile.delete({ where: { id: profileId } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "profile.deleted", client, details: { name: profile.name, permissions: profile.permissions } });
  });
}
