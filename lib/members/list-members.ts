import "server-only";
import { db } from "@/lib/db";
import { invitationsBeyondInviters } from "@/lib/invitations/inviter-rights";
import { profileRef } from "@/lib/permissions/profile-ref";

/**
 * The account's members (owner first) and its invitations that are still pending or expired,
 * each marked when its inviter could no longer make it (it would be refused on acceptance).
 */
export async function listMembersAndInvitations(account: { id: string; ownerId: string }) {
  const [memberships, invitations, profiles, beyondInviters] = await Promise.all([
    db.membership.findMany({
      where: { accountId: account.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        userId: true,
        createdAt: true,
        builtInProfile: true,
        customPermissions: true,
        emailCategories: true,
        profile: { select: { id: true, name: true } },
        user: { select: { name: true, email: true } },
      },
    }),
    db.invitation.findMany({
      where: { accountId: account.id, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true, createdAt: true, builtInProfile: true, customPermissions: true, profile: { select: { name: true } }, invitedBy: { select: { name: true } } },
    }),
    db.accountProfile.findMany({ where: { accountId: account.id }, orderBy: { name: "asc" }, select: { id: true, name: true, permissions: true } }),
    invitationsBeyondInviters(db, account.id),
  ]);
  const noLongerValid = new Set(beyondInviters.map((i) => i.id));
  const members = memberships
    .map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      joinedAt: m.createdAt,
      isOwner: m.userId === account.ownerId,
      profile: profileRef({ isOwner: m.userId === account.ownerId, builtInProfile: m.builtInProfile, profileName: m.profile?.name ?? null }),
      /** The form value for the member's current grant. */
      grantValue: m.builtInProfile ?? (m.profile ? `named:${m.profile.id}` : "custom"),
      customPermissions: m.customPermissions,
      emailCategories: m.emailCategories,
    }))
    .sort((a, b) => Number(b.isOwner) - Number(a.isOwner));
  const now = new Date();
  return {
    members,
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      invitedBy: i.invitedBy.name,
      expiresAt: i.expiresAt,
      expired: i.expiresAt <= now,
      noLongerValid: noLongerValid.has(i.id),
      profile: profileRef({ isOwner: false, builtInProfile: i.builtInProfile, profileName: i.profile?.name ?? null }),
    })),
    profiles,
  };
}

/** Members by name, for choosing one (ownership transfer) and naming them. */
export function listMemberNames(accountId: string) {
  return db.membership.findMany({ where: { accountId }, orderBy: { user: { name: "asc" } }, select: { id: true, userId: true, user: { select: { name: true, email: true } } } });
}
