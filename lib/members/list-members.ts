import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invitationsBeyondInviters } from "@/lib/invitations/inviter-rights";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";
import { containsText } from "@/lib/pagination/search";
import { profileRef } from "@/lib/permissions/profile-ref";

/** Each member row carries a grant form and a remove form: a shorter page than other lists. */
export const MEMBERS_PAGE_SIZE = 25;

/** Oldest membership first (the owner's, for an account that never changed hands): index `Membership(accountId, createdAt, id)`. */
const MEMBER_ORDER: KeysetOrder<"date", "createdAt"> = { field: "createdAt", kind: "date", direction: "asc" };
/** Newest invitation first: index `Invitation(accountId, status, createdAt, id)`, read backwards. */
const INVITATION_ORDER: KeysetOrder<"date", "createdAt"> = { field: "createdAt", kind: "date", direction: "desc" };

const MEMBER_SELECT = {
  id: true,
  userId: true,
  createdAt: true,
  builtInProfile: true,
  customPermissions: true,
  emailCategories: true,
  profile: { select: { id: true, name: true } },
  user: { select: { name: true, email: true } },
} as const;

export type MemberListQuery = {
  /** Name or email of a member, email of an invitation; null for a search that was refused (nothing matches). */
  search?: string | null;
  memberCursor?: string | string[];
  invitationCursor?: string | string[];
  pageSize?: number;
};

/**
 * One page of the account's members (the owner heading the first) and one of its pending or
 * expired invitations, each marked when its inviter could no longer make it (it would be
 * refused on acceptance), both narrowed by a search when given; and the account's named
 * profiles (the grant forms' choices).
 */
export async function listMembersAndInvitations(account: { id: string; ownerId: string }, query: MemberListQuery = {}) {
  const pageSize = query.pageSize ?? MEMBERS_PAGE_SIZE;
  const refused = query.search === null ? { id: { in: [] } } : {};
  const matching: Prisma.MembershipWhereInput = {
    accountId: account.id,
    ...refused,
    ...(query.search ? { user: { OR: [{ name: containsText(query.search) }, { email: containsText(query.search) }] } } : {}),
  };
  // The owner heads the first page (when the search matches them) and is left out of the
  // pages, whenever they joined: after a transfer the owner's membership is not the oldest.
  const memberFilter: Prisma.MembershipWhereInput = { ...matching, userId: { not: account.ownerId } };
  const invitationFilter: Prisma.InvitationWhereInput = { accountId: account.id, status: "PENDING", ...refused, ...(query.search ? { email: containsText(query.search) } : {}) };
  const [owner, memberPage, invitationPage, profiles] = await Promise.all([
    db.membership.findFirst({ where: { ...matching, userId: account.ownerId }, select: MEMBER_SELECT }),
    fetchKeysetPage({
      filter: memberFilter,
      order: MEMBER_ORDER,
      cursor: query.memberCursor,
      pageSize,
      fetch: ({ where, orderBy, take }) =>
        db.membership.findMany({
          where,
          orderBy,
          take,
          select: MEMBER_SELECT,
        }),
      keyOf: (membership) => membership.createdAt,
    }),
    fetchKeysetPage({
      filter: invitationFilter,
      order: INVITATION_ORDER,
      cursor: query.invitationCursor,
      pageSize,
      fetch: ({ where, orderBy, take }) =>
        db.invitation.findMany({
          where,
          orderBy,
          take,
          select: { id: true, email: true, expiresAt: true, createdAt: true, builtInProfile: true, customPermissions: true, profile: { select: { name: true } }, invitedBy: { select: { name: true } } },
        }),
      keyOf: (invitation) => invitation.createdAt,
    }),
    db.accountProfile.findMany({ where: { accountId: account.id }, orderBy: { name: "asc" }, select: { id: true, name: true, permissions: true } }),
  ]);
  const beyondInviters = invitationPage.items.length ? await invitationsBeyondInviters(db, account.id, { invitationIds: invitationPage.items.map((i) => i.id) }) : [];
  const noLongerValid = new Set(beyondInviters.map((i) => i.id));
  const members = [...(owner && memberPage.isFirstPage ? [owner] : []), ...memberPage.items].map((m) => ({
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
  }));
  const now = new Date();
  return {
    members,
    memberPages: { nextCursor: memberPage.nextCursor, isFirstPage: memberPage.isFirstPage },
    invitations: invitationPage.items.map((i) => ({
      id: i.id,
      email: i.email,
      invitedBy: i.invitedBy.name,
      expiresAt: i.expiresAt,
      expired: i.expiresAt <= now,
      noLongerValid: noLongerValid.has(i.id),
      profile: profileRef({ isOwner: false, builtInProfile: i.builtInProfile, profileName: i.profile?.name ?? null }),
    })),
    invitationPages: { nextCursor: invitationPage.nextCursor, isFirstPage: invitationPage.isFirstPage },
    profiles,
  };
}

/** The email categories the member chose in this account (the users page's own preferences form). */
export async function ownEmailCategories(membershipId: string, accountId: string) {
  const membership = await db.membership.findFirst({ where: { id: membershipId, accountId }, select: { emailCategories: true } });
  return membership?.emailCategories ?? [];
}

/** Members by name, for choosing one (ownership transfer) and naming them. */
export function listMemberNames(accountId: string) {
  return db.membership.findMany({ where: { accountId }, orderBy: { user: { name: "asc" } }, select: { id: true, userId: true, user: { select: { name: true, email: true } } } });
}
