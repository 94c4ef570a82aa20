import "server-only";
import { db } from "@/lib/db";
import { Prisma, type SessionEndReason } from "@/lib/generated/prisma/client";
import { membershipSelect, type MembershipRow } from "@/lib/permissions/membership-row";
import type { ClientInfo } from "@/lib/http/client-info";

type Client = Prisma.TransactionClient | typeof db;

/** A session unused this long ends by itself. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
/** Time to enter the two-factor code after the password. */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60 * 1000;
/** last-seen is written at most this often, so ordinary requests do not write. */
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export type SessionUser = { id: string; email: string; name: string; locale: string; timeZone: string; twoFactorEnabled: boolean };
export type LoadedSession = {
  id: string;
  awaitingSecondFactor: boolean;
  user: SessionUser;
  /** The user's membership in the account asked for (row null: not a member), when one was. */
  membership?: { accountId: string; row: MembershipRow | null };
};

type SessionRow = {
  sessionId: string;
  awaitingSecondFactor: boolean;
  lastSeenAt: Date;
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  twoFactorEnabled: boolean;
  membership: MembershipRow | null;
};

/**
 * The session named by the cookie and its user, in one query: the row must not be ended or
 * expired and the user must be verified. This runs on every request, so an ended session
 * stops working on its next request. Last-seen (and with it the idle expiry) moves forward
 * at most once a minute. expiresAt holds UTC without a time zone (as Prisma writes it), so it
 * is compared with the clock in UTC whatever the server's TimeZone setting.
 */
export async function loadSession(sessionId: string, options: { membershipIn?: string } = {}): Promise<LoadedSession | null> {
  const accountId = options.membershipIn ?? null;
  // With an account, the member's access to it comes in the same statement (one round trip).
  const membership = accountId
    ? Prisma.sql`, CASE WHEN m."membershipId" IS NULL THEN NULL ELSE row_to_json(m) END AS membership FROM "Session" s JOIN "User" u ON u.id = s."userId"
        LEFT JOIN LATERAL (${membershipSelect(Prisma.sql`u.id`, Prisma.sql`s.id`, accountId)}) m ON true`
    : Prisma.sql`, NULL AS membership FROM "Session" s JOIN "User" u ON u.id = s."userId"`;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id AS "sessionId", s."awaitingSecondFactor", s."lastSeenAt",
           u.id, u.email, u.name, u.locale, u."timeZone", (u."twoFactorEnabledAt" IS NOT NULL) AS "twoFactorEnabled"
           ${membership}
    WHERE s.id = ${sessionId}::uuid AND s."endedAt" IS NULL AND s."expiresAt" > (now() AT TIME ZONE 'UTC') AND u."emailVerifiedAt" IS NOT NULL`;
  if (!row) return null;

  if (!row.awaitingSecondFactor && Date.now() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await touchSession(sessionId);
  }
  const { sessionId: id, awaitingSecondFactor, email, name, locale, timeZone, twoFactorEnabled } = row;
  const loaded: LoadedSession = { id, awaitingSecondFactor, user: { id: row.id, email, name, locale, timeZone, twoFactorEnabled } };
  return accountId ? { ...loaded, membership: { accountId, row: row.membership ? { ...row.membership, seatSeenRecently: row.membership.seatSeenRecently === true } : null } } : loaded;
}

async function touchSession(sessionId: string): Promise<void> {
  const now = new Date();
  // The condition keeps concurrent requests from writing the same minute twice.
  await db.session.updateMany({
    where: { id: sessionId, endedAt: null, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
    data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
  });
}

/** Opens a session row for a sign-in; it waits for the second factor when the user has 2FA on. */
export function createSession(client: Client, input: { userId: string; client: ClientInfo; awaitingSecondFactor: boolean }) {
  const lifetime = input.awaitingSecondFactor ? SECOND_FACTOR_WINDOW_MS : SESSION_IDLE_MS;
  return client.session.create({
    data: {
      userId: input.userId,
      userAgent: input.client.userAgent,
      device: input.client.device,
      ip: input.client.ip,
      awaitingSecondFactor: input.awaitingSecondFactor,
      expiresAt: new Date(Date.now() + lifetime),
    },
    select: { id: true },
  });
}

/** The second factor was given: the session now opens the app for the normal idle lifetime. */
export async function completeSecondFactor(client: Client, sessionId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await client.session.updateMany({
    where: { id: sessionId, awaitingSecondFactor: true, endedAt: null, expiresAt: { gt: now } },
    data: { awaitingSecondFactor: false, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
  });
  return count === 1;
}

/** Ends one session of this user; the user id in the condition stops ending someone else's. */
export async function endSession(client: Client, input: { userId: string; sessionId: string; reason: SessionEndReason }): Promise<boolean> {
  const { count } = await client.session.updateMany({
    where: { id: input.sessionId, userId: input.userId, endedAt: null },
    data: { endedAt: new Date(), endReason: input.reason },
  });
  return count === 1;
}

/** Ends every live session of the user except `keepSessionId` (none kept when it is null). */
export async function endSessionsExcept(client: Client, input: { userId: string; keepSessionId: string | null; reason: SessionEndReason }): Promise<number> {
  const { count } = await client.session.updateMany({
    where: { userId: input.userId, endedAt: null, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) },
    data: { endedAt: new Date(), endReason: input.reason },
  });
  return count;
}

/** The user's sessions that still open the app, newest first. */
export function listActiveSessions(userId: string) {
  return db.session.findMany({
    where: { userId, endedAt: null, awaitingSecondFactor: false, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, device: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}

/** Whether the user signed in from this browser before: a first-time device earns an alert email. */
export async function isKnownDevice(client: Client, input: { userId: string; userAgent: string; exceptSessionId: string }): Promise<{ known: boolean; firstSignIn: boolean }> {
  const earlier = await client.session.findMany({
    where: { userId: input.userId, id: { not: input.exceptSessionId }, awaitingSecondFactor: false },
    select: { userAgent: true },
    distinct: ["userAgent"],
  });
  return { known: earlier.some((s) => s.userAgent === input.userAgent), firstSignIn: earlier.length === 0 };
}
