import "server-only";
import type { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { PermissionKey } from "@/lib/permissions/catalog";
import { grantFromColumns, grantPermissions, isSubset } from "@/lib/permissions/grants";
import { knownKeys, resolvePermissions } from "@/lib/permissions/resolve";

type Client = Prisma.TransactionClient | typeof db;

const PENDING_SELECT = {
  id: true,
  email: true,
  invitedById: true,
  builtInProfile: true,
  profileId: true,
  customPermissions: true,
  contactId: true,
  profile: { select: { permissions: true } },
} as const;

type PendingInvitation = Prisma.InvitationGetPayload<{ select: typeof PENDING_SELECT }>;

/**
 * Serialises invitation writes per account: two invites of one address cannot both stay
 * pending, and an invitation sent while its sender is being demoted is seen by the demotion.
 */
export async function lockAccountInvitations(tx: Prisma.TransactionClient, accountId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitations:${accountId}`}))`;
}

/**
 * Whether the inviter could make this invitation now: an invitation grants on acceptance, so
 * the grant must still be within what its inviter holds then, not only when it was sent
 * (a demoted or removed manager's invitations would otherwise keep their old reach, and a
 * named profile widened since would give more than the inviter ever held). Making it needs
 * users.manage, contacts.manage too when it activates a contact, and every key it grants.
 * Someone who is no longer a member holds nothing; the owner holds everything.
 */
export function inviterMayStillGrant(invitation: PendingInvitation, inviterPermissions: ReadonlySet<PermissionKey> | null): boolean {
  if (!inviterPermissions) return false;
  const grant = grantFromColumns(invitation);
  const keys = grantPermissions(grant, invitation.profile ? knownKeys(invitation.profile.permissions) : null);
  const needed: PermissionKey[] = ["users.manage", ...(invitation.contactId ? (["contacts.manage"] as const) : []), ...keys];
  return isSubset(needed, inviterPermissions);
}

/** The account's pending invitations (of one inviter, one invitation or a page of them, when given) that their inviters could no longer make. */
export async function invitationsBeyondInviters(
  client: Client,
  accountId: string,
  filter: { invitedById?: string; invitationId?: string; invitationIds?: string[] } = {},
): Promise<PendingInvitation[]> {
  // One query after the other: a transaction is one connection.
  const invitations = await client.invitation.findMany({
    where: {
      accountId,
      status: "PENDING",
      ...(filter.invitedById ? { invitedById: filter.invitedById } : {}),
      ...(filter.invitationId ? { id: filter.invitationId } : {}),
      ...(filter.invitationIds ? { id: { in: filter.invitationIds } } : {}),
    },
    select: PENDING_SELECT,
  });
  if (invitations.length === 0) return [];
  const account = await client.clientAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      ownerId: true,
      memberships: {
        where: { userId: { in: [...new Set(invitations.map((i) => i.invitedById))] } },
        select: { userId: true, builtInProfile: true, customPermissions: true, profile: { select: { permissions: true } } },
      },
    },
  });
  const held = new Map(
    account.memberships.map((m) => [
      m.userId,
      resolvePermissions({ builtInProfile: m.builtInProfile, profilePermissions: m.profile?.permissions ?? null, customPermissions: m.customPermissions }, m.userId === account.ownerId),
    ]),
  );
  return invitations.filter((invitation) => !inviterMayStillGrant(invitation, held.get(invitation.invitedById) ?? null));
}

/**
 * Revokes, inside the caller's transaction, the pending invitations that their inviters could
 * no longer make (after a member is demoted, removed or leaves, or a named profile changes),
 * each recorded as revoked by whoever made the change. Takes the account's invitation lock
 * first, so an invitation being sent at the same moment is either seen here or sent after the
 * change, when its sender's rights are read again (inviteMember).
 */
export async function revokeInvitationsBeyondInviters(
  tx: Prisma.TransactionClient,
  input: { accountId: string; actorId: string; client: ClientInfo; invitedById?: string },
): Promise<void> {
  await lockAccountInvitations(tx, input.accountId);
  const stale = await invitationsBeyondInviters(tx, input.accountId, input.invitedById ? { invitedById: input.invitedById } : {});
  const now = new Date();
  for (const invitation of stale) {
    const revoked = await tx.invitation.updateMany({ where: { id: invitation.id, status: "PENDING" }, data: { status: "REVOKED", revokedAt: now } });
    if (revoked.count !== 1) continue;
    await recordActivity(tx, {
      accountId: input.accountId,
      actorId: input.actorId,
      kind: "invitation.revoked",
      client: input.client,
      details: { email: invitation.email, reason: "inviterRights" },
    });
  }
}
