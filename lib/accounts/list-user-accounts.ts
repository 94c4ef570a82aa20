import "server-only";
import { db } from "@/lib/db";
import type { BuiltInProfile } from "@/lib/permissions/built-in-profiles";
import type { PermissionKey } from "@/lib/permissions/catalog";
import { profileRef, type ProfileRef } from "@/lib/permissions/profile-ref";
import { resolvePermissions } from "@/lib/permissions/resolve";

export type UserAccountEntry = {
  id: string;
  legalName: string;
  kind: "COMPANY" | "PERSON";
  isOwner: boolean;
  profile: ProfileRef;
  /** What the user may do there: the switcher keeps the section only where it is open to them. */
  permissions: ReadonlySet<PermissionKey>;
};

type Row = {
  id: string;
  legalName: string;
  kind: "COMPANY" | "PERSON";
  ownerId: string;
  builtInProfile: string | null;
  profileName: string | null;
  profilePermissions: string[] | null;
  customPermissions: string[];
};

/**
 * The open (active or suspended) accounts the user belongs to, with the user's profile in each, in one statement
 * (the account switcher asks on every account page).
 */
export async function listUserAccounts(userId: string): Promise<UserAccountEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id, a."legalName", a.kind::text AS kind, a."ownerId", m."builtInProfile"::text AS "builtInProfile", p.name AS "profileName",
           p.permissions AS "profilePermissions", m."customPermissions"
    FROM "Membership" m
    JOIN "ClientAccount" a ON a.id = m."accountId" AND a.status IN ('ACTIVE', 'SUSPENDED')
    LEFT JOIN "AccountProfile" p ON p.id = m."profileId"
    WHERE m."userId" = ${userId}::uuid
    ORDER BY a."legalName", a.id`;
  return rows.map((row) => {
    const isOwner = row.ownerId === userId;
    const builtInProfile = row.builtInProfile as BuiltInProfile | null;
    return {
      id: row.id,
      legalName: row.legalName,
      kind: row.kind,
      isOwner,
      profile: profileRef({ isOwner, builtInProfile, profileName: row.profileName }),
      permissions: resolvePermissions({ builtInProfile, profilePermissions: row.profilePermissions, customPermissions: row.customPermissions }, isOwner),
    };
  });
}
