import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors/user-error";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { grantPermissions, isSubset, type Grant } from "@/lib/permissions/grants";
import { knownKeys, resolvePermissions } from "@/lib/permissions/resolve";

/**
 * Rule 3: nobody grants what they do not hold. A named profile must be this account's
 * (another account's profile id is "not found", like any foreign id).
 */
export async function assertMayGrant(tx: Prisma.TransactionClient, access: AccountAccess, grant: Grant): Promise<void> {
  let namedKeys = null;
  if (grant.type === "named") {
    const profile = await tx.accountProfile.findFirst({ where: { id: grant.profileId, accountId: access.account.id }, select: { permissions: true } });
    if (!profile) throw new UserError("notFound");
    namedKeys = knownKeys(profile.permissions);
  }
  if (!isSubset(grantPermissions(grant, namedKeys), access.permissions)) throw new UserError("cannotGrantMore");
}

/**
 * Rule 3 again: a member may be changed or removed only by someone who holds every
 * permission that member holds, and the owner's membership by nobody. The membership is
 * looked up inside the account, so another account's member id is "not found".
 */
export async function loadChangeableMember(tx: Prisma.TransactionClient, access: AccountAccess, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, accountId: access.account.id },
    select: {
      id: true,
      userId: true,
      builtInProfile: true,
      customPermissions: true,
      profile: { select: { id: true, name: true, permissions: true } },
      user: { select: { email: true, name: true } },
    },
  });
  if (!member) throw new UserError("notFound");
  if (member.userId === access.account.ownerId) throw new UserError("ownerMembershipUntouchable");
  const held = resolvePermissions(
    { builtInProfile: member.builtInProfile, profilePermissions: member.profile?.permissions ?? null, customPermissions: member.customPermissions },
    false,
  );
  if (!isSubset(held, access.permissions)) throw new UserError("memberOutranks");
  return member;
}
