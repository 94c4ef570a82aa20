import "server-only";
import { db } from "@/lib/db";
import type { BuiltInProfile } from "@/lib/permissions/built-in-profiles";
import { profileRef, type ProfileRef } from "@/lib/permissions/profile-ref";

export type UserAccountEntry = {
  id: string;
  legalName: string;
  kind: "COMPANY" | "PERSON";
  isOwner: boolean;
  profile: ProfileRef;
};

type Row = { id: string; legalName: string; kind: "COMPANY" | "PERSON"; ownerId: string; builtInProfile: string | null; profileName: string | null };

/**
 * The open (active or suspended) accounts the user belongs to, with the user's profile in each, in one statement
 * (the account switcher asks on every account page).
 */
export async function listUserAccounts(userId: string): Promise<UserAccountEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id, a."legalName", a.kind::text AS kind, a."ownerId", m."builtInProfile"::text AS "builtInProfile", p.name AS "profileName"
    FROM "Membership" m
    JOIN "ClientAccount" a ON a.id = m."accountId" AND a.status IN ('ACTIVE', 'SUSPENDED')
    LEFT JOIN "AccountProfile" p ON p.id = m."profileId"
    WHERE m."userId" = ${userId}::uuid
    ORDER BY a."legalName", a.id`;
  return rows.map((row) => ({
    id: row.id,
    legalName: row.legalName,
    kind: row.kind,
    isOwner: row.ownerId === userId,
    profile: profileRef({ isOwner: row.ownerId === userId, builtInProfile: row.builtInProfile as BuiltInProfile | null, profileName: row.profileName }),
  }));
}
