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

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * Every limit in one place. A scope is counted per subject; `THROTTLE_WINDOWS` gives the few
 * scopes whose window (and lock) is not the default fifteen minutes.
 *
 * The `mail-to-others` scopes count every email one person makes the app send to another
 * address on their say-so (invitations, contact activations and their re-sends, ownership
 * offers): per recipient address, so nobody can flood a mailbox, and per sending user and IP,
 * so an account cannot be used as a spam or phishing relay in the provider's name. The
 * `registration-attempt` scopes count the "someone tried to register with your address"
 * email that anyone can trigger from the sign-up form.
 */
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
  "mail-to-others:recipient": 5,
  "mail-to-others:user": 50,
  "mail-to-others:ip": 100,
  "registration-attempt:email": 3,
  "registration-attempt:ip": 20,
} as const;

export const THROTTLE_WINDOWS: Partial<Record<keyof typeof THROTTLE_LIMITS, number>> = {
  "mail-to-others:recipient": HOUR,
  "mail-to-others:user": DAY,
  // An hour, not a day: one IP is often many people (an office, a carrier's NAT), and the per-user cap is the daily one.
  "mail-to-others:ip": HOUR,
  "registration-attempt:email": DAY,
  "registration-attempt:ip": HOUR,
};

/** A scope's window in minutes; reaching its limit locks the subject for as long. */
export function windowMinutes(scope: keyof typeof THROTTLE_LIMITS): number {
  return THROTTLE_WINDOWS[scope] ?? WINDOW_MINUTES;
}

function lockMinutes(scope: keyof typeof THROTTLE_LIMITS): number {
  return THROTTLE_WINDOWS[scope] ?? LOCK_MINUTES;
}

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
  "registration-attempt": "registration-attempt:email",
} as const satisfies Record<string, ThrottleScope>;

/** The subjects an attempt counts against, skipping an unknown IP. */
export function subjects(action: keyof typeof KEY_SCOPES, key: string, ip: string | null): ThrottleSubject[] {
  const list: ThrottleSubject[] = [{ scope: KEY_SCOPES[action], subject: key }];
  if (ip) list.push({ scope: `${action}:ip` as ThrottleScope, subject: ip });
  return list;
}

type Client = Prisma.TransactionClient | typeof db;

/** The subject of the list that stays locked longest, with its lock, or null when none is. */
async function longestLock(list: ThrottleSubject[], client: Client): Promise<{ scope: string; lockedUntil: Date } | null> {
  if (list.length === 0) return null;
  const rows = await client.throttleCounter.findMany({
    where: { OR: list.map(({ scope, subject }) => ({ scope, subject })), lockedUntil: { gt: new Date() } },
    select: { scope: true, lockedUntil: true },
    orderBy: { lockedUntil: "desc" },
    take: 1,
  });
  const row = rows[0];
  return row?.lockedUntil ? { scope: row.scope, lockedUntil: row.lockedUntil } : null;
}

/** When the first of these subjects is locked until, or null when none is. */
export async function lockedUntil(list: ThrottleSubject[]): Promise<Date | null> {
  return (await longestLock(list, db))?.lockedUntil ?? null;
}

/** Refuses with a message naming the wait while any subject is locked. */
export async function assertNotLocked(list: ThrottleSubject[]): Promise<void> {
  const until = await lockedUntil(list);
  if (until) throw lockedError(until);
}

function minutesUntil(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

export function lockedError(until: Date): UserError {
  return new UserError("tooManyAttempts", { minutes: minutesUntil(until) });
}

/**
 * Counts one failure against each subject in one atomic upsert per subject (the row lock of
 * ON CONFLICT serialises concurrent failures). Returns the lock time if this failure locked
 * any subject. Given a transaction, the count is part of it: a rolled-back change counts nothing.
 */
export async function recordFailure(list: ThrottleSubject[], client: Client = db): Promise<Date | null> {
  let locked: Date | null = null;
  for (const { scope, subject } of list) {
    const limit = THROTTLE_LIMITS[scope];
    const windowMins = windowMinutes(scope);
    const lockMins = lockMinutes(scope);
    const [row] = await client.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "ThrottleCounter" AS c (scope, subject, failures, "windowStartedAt", "lockedUntil")
      VALUES (${scope}, ${subject}, 1, ${NOW}, CASE WHEN ${limit}::int <= 1 THEN ${NOW} + make_interval(mins => ${lockMins}) END)
      ON CONFLICT (scope, subject) DO UPDATE SET
        failures = CASE WHEN c."windowStartedAt" <= ${NOW} - make_interval(mins => ${windowMins}) THEN 1 ELSE c.failures + 1 END,
        "windowStartedAt" = CASE WHEN c."windowStartedAt" <= ${NOW} - make_interval(mins => ${windowMins}) THEN ${NOW} ELSE c."windowStartedAt" END,
        "lockedUntil" = CASE
          WHEN c."windowStartedAt" > ${NOW} - make_interval(mins => ${windowMins}) AND c.failures + 1 >= ${limit}::int
          THEN ${NOW} + make_interval(mins => ${lockMins})
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

/**
 * countRequest for a request whose answer must not change when it is limited (it would tell
 * something, such as whether an address is registered): false, counting nothing, while a
 * subject is locked; else counted and true.
 */
export async function tryCountRequest(list: ThrottleSubject[]): Promise<boolean> {
  if (await lockedUntil(list)) return false;
  await recordFailure(list);
  return true;
}

/**
 * What an email that a signed-in user makes the app send to another address counts against:
 * the recipient, the sending user, and the IP when it is known.
 */
export function mailToOthersSubjects(to: string, sender: { userId: string; ip: string | null }): ThrottleSubject[] {
  const list: ThrottleSubject[] = [
    { scope: "mail-to-others:recipient", subject: to },
    { scope: "mail-to-others:user", subject: sender.userId },
  ];
  if (sender.ip) list.push({ scope: "mail-to-others:ip", subject: sender.ip });
  return list;
}

/**
 * Counts one such email inside the transaction that writes it, so a refused or rolled-back
 * change counts nothing. At a limit it is refused, saying whether the recipient has had too
 * many or the sender has sent too many, and how long to wait.
 */
export async function countMailToOthers(tx: Prisma.TransactionClient, to: string, sender: { userId: string; ip: string | null }): Promise<void> {
  const list = mailToOthersSubjects(to, sender);
  const lock = await longestLock(list, tx);
  if (lock) {
    const minutes = minutesUntil(lock.lockedUntil);
    const hours = minutes >= 120 ? Math.ceil(minutes / 60) : 0; // the message says hours for long waits, else minutes
    throw lock.scope === "mail-to-others:recipient" ? new UserError("mailLimitRecipient", { email: to, minutes, hours }) : new UserError("mailLimitSender", { minutes, hours });
  }
  await recordFailure(list, tx);
}

export async function clearFailures(subject: ThrottleSubject): Promise<void> {
  await db.throttleCounter.deleteMany({ where: { scope: subject.scope, subject: subject.subject } });
}
