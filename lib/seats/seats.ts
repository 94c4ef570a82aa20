import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";

type Client = Prisma.TransactionClient | typeof db;

/** A member holds a seat while a live session of theirs was in the account area this recently. */
export const SEAT_IDLE_MINUTES = 15;
export { PRESENCE_RESOLUTION_MS } from "./presence";

const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export type SeatHolder = { userId: string; name: string; since: Date };
export type Admission = { admitted: true } | { admitted: false; limit: number; holders: SeatHolder[] };

/**
 * Who holds a seat now: members (the owner aside: the owner never needs one) with a presence
 * seen in the last 15 minutes on a session that is still live. Several sessions of one user
 * are one seat; ending a session frees it at once because the count joins Session.
 */
export async function seatHolders(client: Client, accountId: string): Promise<SeatHolder[]> {
  return client.$queryRaw<SeatHolder[]>`
    SELECT p."userId", u.name, min(p.since) AS since
    FROM "SeatPresence" p
    JOIN "Session" s ON s.id = p."sessionId"
    JOIN "User" u ON u.id = p."userId"
    JOIN "ClientAccount" a ON a.id = p."accountId"
    WHERE p."accountId" = ${accountId}::uuid
      AND p."userId" <> a."ownerId"
      AND p."lastSeenAt" > ${NOW} - make_interval(mins => ${SEAT_IDLE_MINUTES})
      AND s."endedAt" IS NULL AND s."expiresAt" > ${NOW} AND NOT s."awaitingSecondFactor"
    GROUP BY p."userId", u.name
    ORDER BY since, p."userId"`;
}

type Seeker = { accountId: string; userId: string; sessionId: string; isOwner: boolean; seatLimit: number | null; seenRecently: boolean };

/** Who asks for a seat, from their access to the account (which carries the seat state it was read with). */
export function seekerOf(access: AccountAccess): Seeker {
  return { accountId: access.account.id, userId: access.user.id, sessionId: access.user.sessionId, isOwner: access.isOwner, seatLimit: access.seat.limit, seenRecently: access.seat.seenRecently };
}

/**
 * Lets a member's session into the account area, or says the seats are full (and who holds
 * them). A session seen in the account within the minute is let in without a statement (the
 * access query told us). The owner, and anyone in an account without a limit, is let in
 * with one upsert of their presence and no lock: no count can refuse them. Where a limit
 * applies, admissions of one account are serialised by a row lock on the account, so with
 * one seat left and many members arriving at once exactly one gets it, across app instances.
 */
export async function takeSeat(seeker: Seeker): Promise<Admission> {
  if (seeker.seenRecently) return { admitted: true };
  if (seeker.isOwner || seeker.seatLimit === null) {
    await markPresent(db, seeker);
    return { admitted: true };
  }

  return db.$transaction(async (tx) => {
    const [account] = await tx.$queryRaw<{ seatLimit: number | null }[]>`SELECT "seatLimit" FROM "ClientAccount" WHERE id = ${seeker.accountId}::uuid FOR UPDATE`;
    if (!account) throw new UserError("notFound");
    // Read again under the lock: the provider may have just set or lifted the limit.
    if (account.seatLimit !== null) {
      const holders = await seatHolders(tx, seeker.accountId);
      const holdsOne = holders.some((holder) => holder.userId === seeker.userId);
      if (!holdsOne && holders.length >= account.seatLimit) return { admitted: false, limit: account.seatLimit, holders };
    }
    await markPresent(tx, seeker);
    return { admitted: true };
  });
}

function markPresent(client: Client, seeker: Seeker) {
  const now = new Date();
  return client.seatPresence.upsert({
    where: { accountId_sessionId: { accountId: seeker.accountId, sessionId: seeker.sessionId } },
    create: { accountId: seeker.accountId, sessionId: seeker.sessionId, userId: seeker.userId, since: now, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}

/** Ends a member's presence in the account (all their sessions), freeing their seat now. */
export async function freeSeat(actor: { accountId: string; userId: string; ownerId: string }, holderId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { accountId: actor.accountId, userId: holderId }, select: { user: { select: { email: true } } } });
    if (!member || holderId === actor.ownerId) throw new UserError("notFound");
    const { count } = await tx.seatPresence.deleteMany({ where: { accountId: actor.accountId, userId: holderId } });
    if (count === 0) throw new UserError("seatNotHeld");
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, subjectId: holderId, kind: "seat.freed", client, details: { email: member.user.email } });
  });
}

/** The provider's side: how many seats the account has bought (null: no limit). */
export async function setSeatLimit(accountId: string, limit: number | null): Promise<void> {
  if (limit !== null && (!Number.isInteger(limit) || limit < 0)) throw new RangeError("A seat limit is a whole number of seats, or null.");
  await db.clientAccount.update({ where: { id: accountId }, data: { seatLimit: limit } });
}

/** What the settings page shows: the limit and who holds the seats. */
export async function seatUsage(accountId: string) {
  const account = await db.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { seatLimit: true } });
  return { limit: account.seatLimit, holders: await seatHolders(db, accountId) };
}
