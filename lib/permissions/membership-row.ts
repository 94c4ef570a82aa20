import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BuiltInProfile } from "./built-in-profiles";
import { PRESENCE_RESOLUTION_SECONDS } from "@/lib/seats/presence";

/** A member's grant, account and seat state, as one row (null columns when not a member). */
export type MembershipRow = {
  membershipId: string;
  builtInProfile: BuiltInProfile | null;
  customPermissions: string[];
  profileName: string | null;
  profilePermissions: string[] | null;
  accountId: string;
  legalName: string;
  currency: string;
  ownerId: string;
  documentLocale: string;
  seatLimit: number | null;
  /** SUSPENDED by the provider: readable, payable, supportable, nothing else (lib/permissions/account-state.ts). */
  accountStatus: "ACTIVE" | "SUSPENDED";
  /** Whether this session was seen in the account within the presence resolution (no seat write needed). */
  seatSeenRecently: boolean;
};

/**
 * The membership of a user in an open (active or suspended) account with its profile and account, and whether the
 * session holds a fresh seat presence: everything authorization needs, in one statement. The
 * membership is the join's condition, so "not a member", "closed" and "no such account" all
 * give no row. `userId` and `sessionId` are SQL, so the session query can pass its own columns
 * (lib/auth/request-context.ts) and a lone check can pass values.
 */
export function membershipSelect(userId: Prisma.Sql, sessionId: Prisma.Sql, accountId: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT m.id AS "membershipId", m."builtInProfile"::text AS "builtInProfile", m."customPermissions",
           p.name AS "profileName", p.permissions AS "profilePermissions",
           a.id AS "accountId", a."legalName", a.currency, a."ownerId", a."documentLocale", a."seatLimit", a.status::text AS "accountStatus",
           EXISTS (
             SELECT 1 FROM "SeatPresence" sp
             WHERE sp."accountId" = a.id AND sp."sessionId" = ${sessionId}
               AND sp."lastSeenAt" > (now() AT TIME ZONE 'UTC') - make_interval(secs => ${PRESENCE_RESOLUTION_SECONDS})
           ) AS "seatSeenRecently"
    FROM "Membership" m
    JOIN "ClientAccount" a ON a.id = m."accountId" AND a.status IN ('ACTIVE', 'SUSPENDED')
    LEFT JOIN "AccountProfile" p ON p.id = m."profileId"
    WHERE m."userId" = ${userId} AND m."accountId" = ${accountId}::uuid`;
}
