import "server-only";
import { db } from "@/lib/db";
import { profileRef, type ProfileRef } from "@/lib/permissions/profile-ref";

export type UserAccountEntry = {
  id: string;
  legalName: string;
  kind: "COMPANY" | "PERSON";
  isOwner: boolean;
  profile: ProfileRef;
};

/** The open accounts the user belongs to, with the user's profile in each. */
export async function listUserAccounts(userId: string): Promise<UserAccountEntry[]> {
  const memberships = await db.membership.findMany({
    where: { userId, account: { status: "ACTIVE" } },
    orderBy: { account: { legalName: "asc" } },
    select: { builtInProfile: true, profile: { select: { name: true } }, account: { select: { id: true, legalName: true, kind: true, ownerId: true } } },
  });
  return memberships.map(({ account, builtInProfile, profile }) => ({
    id: account.id,
    legalName: account.legalName,
    kind: account.kind,
    isOwner: account.ownerId === userId,
    profile: profileRef({ isOwner: account.ownerId === userId, builtInProfile, profileName: profile?.name ?? null }),
  }));
}
