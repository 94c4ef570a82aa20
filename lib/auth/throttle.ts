import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors/user-error";

/**
 * Counting failures in PostgreSQL makes the limits hold across every app instance. Each
 * scope counts per subject (an email, a user, an IP): a window opens at the first failure;
 * the failure that reaches the limit locks the subject for LOCK_MINUTES, and attempts while
 * locked are refused without being checked, so a correct password is refused too.
 * IP limits are higher: many people can share one address (offices, carrier NAT).
 */
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export const THROTTLE_LIMITS = {
  "sign-in:email": 5,
  "sign-in:ip": 50,
  "two-factor:user": 5,
  "two-factor:ip": 50,
  "password-reset:email": 5,
  "password-reset:ip": 30,
  "verification-resend:email": 5,
  "verification-resend:ip": 30,
  "panel-sign-in:username": 5,
  "panel-sign-in:ip": 50,
} as const;

/**
 * The database clock as UTC wall time. The columns are `timestamp without time zone` holding
 * UTC, as Prisma writes and reads them; a bare now() would be converted with the server's
 * TimeZone setting, and west of UTC every lock would land hours in the past, never enforced.
 */
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export type ThrottleScope = keyof typeof THROTTLE_LIMITS;
export type ThrottleSubject = { scope: ThrottleScope; subject: string };

/** What each limited action counts by besides the IP. */
const KEY_SCOPES = {
  "sign-in": "sign-in:email",
  "two-factor": "two-factor:user",
  "password-reset": "password-reset:email",
  "verification-resend": "verification-resend:email",
  "panel-sign-in": "panel-sign-in:username",
} as const satisfies Record<string, ThrottleScope>;

/** The subjects an attempt counts against, skipping an unknown IP. */
export function subjects(action: keyof typeof KEY_SCOPES, key: string, ip: string | null): ThrottleSubject[] {
  const list: ThrottleSubject[] = [{ scope: KEY_SCOPES[action], subject: key }];
  if (ip) list.push({ scope: `${action}:ip` as ThrottleScope, subject: ip });
  return list;
}

/** When the first of these subjects is locked until, or null when none is. */
export async function lockedUntil(list: ThrottleSubject[]): Promise<Date | null> {
  if (list.length === 0) return null;
  const rows = await db.throttleCounter.findMany({
    where: { OR: list.map(({ scope, subject }) => ({ scope, subject })), lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
    orderBy: { lockedUntil: "desc" },
    take: 1,
  });
  return rows[0]?.lockedUntil ?? null;
}

/** Refuses with a message naming the wait while any subject is locked. */
export async function assertNotLocked(list: ThrottleSubject[]): Promise<void> {
  const until = await lockedUntil(list);
  if (until) throw lockedError(until);
}

export function lockedError(until: Date): UserError {
  return new UserError("tooManyAttempts", { minutes: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) });
}

/**
 * Counts one failure against each subject in one atomic upsert per subject (the row lock of
 * ON CONFLICT serialises concurrent failures). Returns the lock time if this failure locked
 * any subject.
 */
export async function recordFailure(list: ThrottleSubject[]): Promise<Date | null> {
  let locked: Date | null = null;
  for (const { scope, subject } of list) {
    const limit = THROTTLE_LIMITS[scope];
    const [row] = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "ThrottleCounter" AS c (scope, subject, failures, "windowStartedAt", "lockedUntil")
      VALUES (${scope}, ${subject}, 1, ${NOW}, CASE WHEN ${limit}::int <= 1 THEN ${NOW} + make_interval(mins => ${LOCK_MINUTES}) END)
      ON CONFLICT (scope, subject) DO UPDATE SET
        failures = CASE WHEN c."windowStartedAt" <= ${NOW} - make_interval(mins => ${WINDOW_MINUTES}) THEN 1 ELSE c.failures + 1 END,
        "windowStartedAt" = CASE WHEN c."windowStartedAt" <= ${NOW} - make_interval(mins => ${WINDOW_MINUTES}) THEN ${NOW} ELSE c."windowStartedAt" END,
        "lockedUntil" = CASE
          WHEN c."windowStartedAt" > ${NOW} - make_interval(mins => ${WINDOW_MINUTES}) AND c.failures + 1 >= ${limit}::int
          THEN ${NOW} + make_interval(mins => ${LOCK_MINUTES})
          ELSE NULL END
      RETURNING "lockedUntil"`;
    if (row?.lockedUntil && (!locked || row.lockedUntil > locked)) locked = row.lockedUntil;
  }
  return locked;
}

/** A request that is limited whether it succeeds or not (reset emails, verification resends). */
export async function countRequest(list: ThrottleSubject[]): Promise<void> {
  await assertNotLocked(list);
  await recordFailure(list);
}

export async function clearFailures(subject: ThrottleSubject): Promise<void> {
  await db.throttleCounter.deleteMany({ where: { scope: subject.scope, subject: subject.subject } });
}
