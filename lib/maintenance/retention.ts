import "server-only";
import type { Pool, PoolClient } from "pg";
import { pool as appPool } from "@/lib/db";
import { THROTTLE_LIMITS, windowMinutes, type ThrottleScope } from "@/lib/auth/throttle";
import { SEAT_IDLE_MINUTES } from "@/lib/seats/seats";
import { IDEMPOTENCY_WINDOW_MS } from "@/lib/api/idempotency";

/**
 * Retention: what the app stops keeping, and when. Each kind has one function that deletes
 * its rows in batches of `batchSize` by primary key, each batch its own statement (autocommit),
 * so a big table is never locked for long and replication never sees one huge transaction.
 * `pruneAll` runs every kind under a PostgreSQL advisory lock, so two instances (two cron
 * hosts, a cron run and a manual one) never prune at once; the second one skips.
 *
 * Every delete repeats its condition in the outer WHERE: a row changed between the batch's
 * SELECT and its DELETE (a session touched by a request, a seat heartbeat, a counter that
 * just counted a failure) is re-checked by PostgreSQL on its new version and kept.
 *
 * Timestamps are UTC wall time without a time zone (as Prisma writes them), so the clock is
 * `now() AT TIME ZONE 'UTC'`, whatever the server's TimeZone.
 */

export const RETENTION_BATCH_SIZE = 5_000;

/** The key of the advisory lock that one prune run holds (any fixed bigint, unique to this job). */
export const RETENTION_LOCK_KEY = 7_150_420_261_202n;

export type RetentionKind = "sessions" | "throttleCounters" | "securityEvents" | "seatPresences" | "emails" | "idempotencyKeys";

export type RetentionPolicy = {
  /** Days a session is kept after it ended or expired (the new-device alert compares with them). */
  sessionDays: number;
  /** Days a security event is kept (/user/security shows the latest 50). */
  securityEventDays: number;
  /** Days a delivered, failed or captured email is kept (the account's email history). */
  emailDays: number;
};

export const DEFAULT_RETENTION: RetentionPolicy = { sessionDays: 90, securityEventDays: 365, emailDays: 365 };

const ENV_NAMES: Record<keyof RetentionPolicy, string> = {
  sessionDays: "RETENTION_SESSION_DAYS",
  securityEventDays: "RETENTION_SECURITY_EVENT_DAYS",
  emailDays: "RETENTION_EMAIL_DAYS",
};

/** The policy with each RETENTION_*_DAYS variable that is set; a value that is not a whole number ≥ 1 is refused. */
export function retentionPolicyFromEnv(env: Record<string, string | undefined> = process.env): RetentionPolicy {
  const policy = { ...DEFAULT_RETENTION };
  for (const key of Object.keys(ENV_NAMES) as (keyof RetentionPolicy)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === "") continue;
    const days = Number(raw);
    // A typo must not become "keep nothing" (0 or NaN days would delete everything).
    if (!Number.isInteger(days) || days < 1) throw new RangeError(`${ENV_NAMES[key]}=${raw} is not a whole number of days (at least 1)`);
    policy[key] = days;
  }
  return policy;
}

type Queryable = Pick<PoolClient, "query">;
type BatchOptions = { batchSize?: number };

const NOW = `(now() AT TIME ZONE 'UTC')`;

/** Runs one `DELETE … LIMIT`-style statement until a batch comes back short. $1 is the batch size. */
async function deleteInBatches(client: Queryable, sql: string, params: unknown[], batchSize = RETENTION_BATCH_SIZE): Promise<number> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  let total = 0;
  for (;;) {
    const { rowCount } = await client.query(sql, [batchSize, ...params]);
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < batchSize) return total;
  }
}

/** Sessions that ended, or expired (idle 30 days), more than `days` ago. Their seat presences go with them (cascade). */
export function pruneSessions(client: Queryable, options: BatchOptions & { days: number }): Promise<number> {
  const old = `("endedAt" < ${NOW} - make_interval(days => $2) OR "expiresAt" < ${NOW} - make_interval(days => $2))`;
  return deleteInBatches(client, `DELETE FROM "Session" WHERE id IN (SELECT id FROM "Session" WHERE ${old} LIMIT $1) AND ${old}`, [options.days], options.batchSize);
}

/**
 * Throttle counters whose window has passed and which hold no lock: the next failure would
 * start a new window anyway (lib/auth/throttle.ts), so deleting one changes no decision. Each
 * scope has its own window; a scope this code does not know keeps the longest one.
 */
export function pruneThrottleCounters(client: Queryable, options: BatchOptions = {}): Promise<number> {
  const scopes = Object.keys(THROTTLE_LIMITS) as ThrottleScope[];
  const windows = Object.fromEntries(scopes.map((scope) => [scope, windowMinutes(scope)]));
  const minutes = Object.values(windows);
  // The first condition (the shortest window) lets the index on windowStartedAt narrow the scan.
  const done = `"windowStartedAt" < ${NOW} - make_interval(mins => $4)
    AND "windowStartedAt" < ${NOW} - make_interval(mins => COALESCE(($2::jsonb ->> scope)::int, $3))
    AND ("lockedUntil" IS NULL OR "lockedUntil" < ${NOW})`;
  return deleteInBatches(
    client,
    `DELETE FROM "ThrottleCounter" WHERE (scope, subject) IN (SELECT scope, subject FROM "ThrottleCounter" WHERE ${done} LIMIT $1) AND ${done}`,
    [JSON.stringify(windows), Math.max(...minutes), Math.min(...minutes)],
    options.batchSize,
  );
}

/** Security events older than `days`. */
export function pruneSecurityEvents(client: Queryable, options: BatchOptions & { days: number }): Promise<number> {
  const old = `"createdAt" < ${NOW} - make_interval(days => $2)`;
  return deleteInBatches(client, `DELETE FROM "SecurityEvent" WHERE id IN (SELECT id FROM "SecurityEvent" WHERE ${old} LIMIT $1) AND ${old}`, [options.days], options.batchSize);
}

/**
 * Seat presences that no longer hold a seat: not seen for SEAT_IDLE_MINUTES (lib/seats/seats.ts
 * counts only fresher ones). A member who comes back is admitted afresh, as after any absence.
 */
export function pruneSeatPresences(client: Queryable, options: BatchOptions = {}): Promise<number> {
  const stale = `"lastSeenAt" < ${NOW} - make_interval(mins => $2)`;
  return deleteInBatches(
    client,
    `DELETE FROM "SeatPresence" WHERE ("accountId", "sessionId") IN (SELECT "accountId", "sessionId" FROM "SeatPresence" WHERE ${stale} LIMIT $1) AND ${stale}`,
    [SEAT_IDLE_MINUTES],
    options.batchSize,
  );
}

/**
 * Emails older than `days` that are done: SENT, FAILED (given up) or CAPTURED (kept for the
 * development mailbox). A PENDING row is never deleted, however old: it is still to be sent.
 */
export function pruneEmails(client: Queryable, options: BatchOptions & { days: number }): Promise<number> {
  const done = `status IN ('SENT', 'FAILED', 'CAPTURED') AND "createdAt" < ${NOW} - make_interval(days => $2)`;
  return deleteInBatches(client, `DELETE FROM "EmailMessage" WHERE id IN (SELECT id FROM "EmailMessage" WHERE ${done} LIMIT $1) AND ${done}`, [options.days], options.batchSize);
}

/**
 * The API's Idempotency-Key rows older than their 24-hour window (lib/api/idempotency.ts):
 * past it a key no longer replays its answer (a request with it runs afresh), so the row
 * decides nothing. A claim left behind by a process that died mid-request goes too.
 */
export function pruneIdempotencyKeys(client: Queryable, options: BatchOptions = {}): Promise<number> {
  const old = `"createdAt" < ${NOW} - make_interval(secs => $2)`;
  return deleteInBatches(client, `DELETE FROM "ApiIdempotencyKey" WHERE id IN (SELECT id FROM "ApiIdempotencyKey" WHERE ${old} LIMIT $1) AND ${old}`, [IDEMPOTENCY_WINDOW_MS / 1000], options.batchSize);
}

export type PruneReport = { skipped: true } | { skipped: false; removed: Record<RetentionKind, number> };

/**
 * One prune run: every kind in turn, on one connection holding the advisory lock (a
 * session-level lock: it is released at the end, or by PostgreSQL if the connection dies).
 * Returns `{ skipped: true }` at once, deleting nothing, while another run holds the lock.
 */
export async function pruneAll(options: BatchOptions & { policy?: RetentionPolicy; pool?: Pool } = {}): Promise<PruneReport> {
  const policy = options.policy ?? DEFAULT_RETENTION;
  const client = await (options.pool ?? appPool).connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [RETENTION_LOCK_KEY.toString()]);
    if (!rows[0]?.locked) return { skipped: true };
    try {
      const batchSize = options.batchSize;
      const removed: Record<RetentionKind, number> = {
        // Presences first: those of sessions about to go would be counted under sessions otherwise.
        seatPresences: await pruneSeatPresences(client, { batchSize }),
        sessions: await pruneSessions(client, { days: policy.sessionDays, batchSize }),
        throttleCounters: await pruneThrottleCounters(client, { batchSize }),
        securityEvents: await pruneSecurityEvents(client, { days: policy.securityEventDays, batchSize }),
        emails: await pruneEmails(client, { days: policy.emailDays, batchSize }),
        idempotencyKeys: await pruneIdempotencyKeys(client, { batchSize }),
      };
      return { skipped: false, removed };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [RETENTION_LOCK_KEY.toString()]);
    }
  } finally {
    client.release();
  }
}
