import pg from "pg";
import { describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db";
import {
  DEFAULT_RETENTION,
  RETENTION_LOCK_KEY,
  pruneAll,
  pruneEmails,
  pruneIdempotencyKeys,
  pruneSecurityEvents,
  pruneSeatPresences,
  pruneSessions,
  pruneThrottleCounters,
  retentionPolicyFromEnv,
} from "@/lib/maintenance/retention";
import { createAccountWithOwner } from "../factories/accounts";
import { createTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { createApiKey } from "@/lib/api/keys";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms);

const COUNT = {
  session: (id: string) => db.session.count({ where: { id } }),
  securityEvent: (id: string) => db.securityEvent.count({ where: { id } }),
  emailMessage: (id: string) => db.emailMessage.count({ where: { id } }),
};

async function exists(table: keyof typeof COUNT, id: string): Promise<boolean> {
  return (await COUNT[table](id)) === 1;
}

async function email(createdAt: Date, status: "SENT" | "FAILED" | "CAPTURED" | "PENDING" = "SENT") {
  const row = await db.emailMessage.create({
    data: { to: "someone@example.test", subject: "s", html: "<p>h</p>", text: "t", redactedText: "t", template: "test", status, createdAt, nextAttemptAt: createdAt },
  });
  return row.id;
}

async function securityEvent(userId: string, createdAt: Date) {
  return (await db.securityEvent.create({ data: { userId, kind: "SIGN_IN", createdAt } })).id;
}

async function session(userId: string, times: { endedAt?: Date; expiresAt?: Date }) {
  const id = await createTestSession(userId);
  await db.session.update({ where: { id }, data: times });
  return id;
}

async function counter(scope: string, windowStartedAt: Date, lockedUntil: Date | null = null) {
  const subject = `${scope}-${Math.random()}`;
  await db.throttleCounter.create({ data: { scope, subject, failures: 1, windowStartedAt, lockedUntil } });
  return { scope, subject };
}

const counterExists = async (key: { scope: string; subject: string }) => (await db.throttleCounter.count({ where: key })) === 1;

describe("retention, one kind at a time", () => {
  it("removes sessions that ended or expired before the period and keeps the rest, in batches", async () => {
    const user = await createUser();
    const endedLongAgo = await session(user.id, { endedAt: ago(91 * DAY) });
    const expiredLongAgo = await session(user.id, { expiresAt: ago(100 * DAY) });
    const endedLately = await session(user.id, { endedAt: ago(10 * DAY) });
    const expiredLately = await session(user.id, { expiresAt: ago(89 * DAY) });
    const live = await createTestSession(user.id);
    const moreOld = await Promise.all([1, 2, 3].map(() => session(user.id, { endedAt: ago(200 * DAY) })));
    const event = await securityEvent(user.id, ago(400 * DAY));

    // A batch of 2 takes three statements for 5 rows: the loop goes on until a batch comes back short.
    expect(await pruneSessions(pool, { days: 90, batchSize: 2 })).toBe(5);
    for (const id of [endedLongAgo, expiredLongAgo, ...moreOld]) expect(await exists("session", id)).toBe(false);
    for (const id of [endedLately, expiredLately, live]) expect(await exists("session", id)).toBe(true);
    // Another kind's rows are untouched, even when older.
    expect(await exists("securityEvent", event)).toBe(true);
    await db.securityEvent.delete({ where: { id: event } }); // so the next test's counts are its own
  });

  it("removes security events older than the period", async () => {
    const user = await createUser();
    const old = await securityEvent(user.id, ago(366 * DAY));
    const recent = await securityEvent(user.id, ago(364 * DAY));
    const oldEmail = await email(ago(900 * DAY));
    expect(await pruneSecurityEvents(pool, { days: 365 })).toBe(1);
    expect(await exists("securityEvent", old)).toBe(false);
    expect(await exists("securityEvent", recent)).toBe(true);
    expect(await exists("emailMessage", oldEmail)).toBe(true);
    await db.emailMessage.delete({ where: { id: oldEmail } }); // so the next test's counts are its own
  });

  it("removes done emails older than the period, never a pending one", async () => {
    const sent = await email(ago(400 * DAY), "SENT");
    const failed = await email(ago(400 * DAY), "FAILED");
    const captured = await email(ago(400 * DAY), "CAPTURED");
    const pending = await email(ago(400 * DAY), "PENDING");
    const recent = await email(ago(30 * DAY), "SENT");
    expect(await pruneEmails(pool, { days: 365 })).toBe(3);
    for (const id of [sent, failed, captured]) expect(await exists("emailMessage", id)).toBe(false);
    expect(await exists("emailMessage", pending)).toBe(true);
    expect(await exists("emailMessage", recent)).toBe(true);
  });

  it("keeps the email history of an account inside the period", async () => {
    const { account } = await createAccountWithOwner();
    const kept = await db.emailMessage.create({
      data: { to: "c@example.test", subject: "Invoice", html: "h", text: "t", redactedText: "t", template: "invoice", status: "SENT", accountId: account.id, createdAt: ago(200 * DAY) },
    });
    await pruneEmails(pool, { days: DEFAULT_RETENTION.emailDays });
    const { listAccountEmailsPage } = await import("@/lib/notifications/list-account-emails");
    expect((await listAccountEmailsPage(account.id)).messages.map((message) => message.id)).toContain(kept.id);
  });

  it("removes throttle counters past their own scope's window unless locked", async () => {
    const past = await counter("sign-in:email", ago(16 * MINUTE));
    const current = await counter("sign-in:email", ago(14 * MINUTE));
    const locked = await counter("sign-in:email", ago(20 * MINUTE), new Date(Date.now() + 5 * MINUTE));
    // A day-long window: 16 minutes in, the counter still decides.
    const dayWindow = await counter("mail-to-others:user", ago(16 * MINUTE));
    const dayWindowPast = await counter("mail-to-others:user", ago(25 * 60 * MINUTE));
    // A scope this code does not know keeps the longest window.
    const unknown = await counter("future:scope", ago(2 * 60 * MINUTE));
    expect(await pruneThrottleCounters(pool)).toBe(2);
    expect(await counterExists(past)).toBe(false);
    expect(await counterExists(dayWindowPast)).toBe(false);
    for (const key of [current, locked, dayWindow, unknown]) expect(await counterExists(key)).toBe(true);
  });

  it("removes API idempotency keys past their 24-hour window, answered or not, and keeps younger ones", async () => {
    const created = await createApiKey({ name: "pruned keys", scopes: ["accounts:write"], allowedNetworks: [] });
    const { id: apiKeyId } = await db.apiKey.findUniqueOrThrow({ where: { name: created.key.name } });
    const row = (key: string, createdAt: Date, answered = true) =>
      db.apiIdempotencyKey.create({ data: { apiKeyId, key, fingerprint: "f", createdAt, ...(answered ? { responseStatus: 201, responseBody: "{}", completedAt: createdAt } : {}) } });
    await row("old", ago(25 * 60 * MINUTE));
    await row("old-unanswered", ago(25 * 60 * MINUTE), false);
    await row("young", ago(23 * 60 * MINUTE));
    expect(await pruneIdempotencyKeys(pool, { batchSize: 1 })).toBe(2);
    expect((await db.apiIdempotencyKey.findMany({ where: { apiKeyId }, select: { key: true } })).map((r) => r.key)).toEqual(["young"]);
  });

  it("removes seat presences that no longer hold a seat", async () => {
    const { account, owner } = await createAccountWithOwner();
    const [a, b] = [await createTestSession(owner.id), await createTestSession(owner.id)];
    await db.seatPresence.create({ data: { accountId: account.id, sessionId: a, userId: owner.id, lastSeenAt: ago(16 * MINUTE) } });
    await db.seatPresence.create({ data: { accountId: account.id, sessionId: b, userId: owner.id, lastSeenAt: ago(2 * MINUTE) } });
    expect(await pruneSeatPresences(pool)).toBe(1);
    expect((await db.seatPresence.findMany({ where: { accountId: account.id } })).map((p) => p.sessionId)).toEqual([b]);
    // The session of the stale presence is another kind: it stays.
    expect(await exists("session", a)).toBe(true);
  });
});

describe("pruneAll", () => {
  it("reports what it removed per kind", async () => {
    const user = await createUser();
    await session(user.id, { endedAt: ago(365 * DAY) });
    await securityEvent(user.id, ago(800 * DAY));
    await email(ago(800 * DAY));
    const report = await pruneAll();
    expect(report.skipped).toBe(false);
    if (report.skipped) return;
    expect(report.removed.sessions).toBeGreaterThanOrEqual(1);
    expect(report.removed.securityEvents).toBeGreaterThanOrEqual(1);
    expect(report.removed.emails).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.removed).sort()).toEqual(["emails", "idempotencyKeys", "seatPresences", "securityEvents", "sessions", "throttleCounters"]);
  });

  it("skips, deleting nothing, while another run holds the lock, and runs once it is released", async () => {
    const user = await createUser();
    const old = await securityEvent(user.id, ago(800 * DAY));
    // The other instance's run: the same advisory lock, held on a connection of its own.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock($1)", [RETENTION_LOCK_KEY.toString()]);
      const [first, second] = await Promise.all([pruneAll(), pruneAll()]);
      expect(first).toEqual({ skipped: true });
      expect(second).toEqual({ skipped: true });
      expect(await exists("securityEvent", old)).toBe(true);
      await other.query("SELECT pg_advisory_unlock($1)", [RETENTION_LOCK_KEY.toString()]);
    } finally {
      await other.end();
    }
    expect((await pruneAll()).skipped).toBe(false);
    expect(await exists("securityEvent", old)).toBe(false);
  });

  it("of two runs started together, one prunes and the other skips", async () => {
    // Enough rows that the first run is still deleting when the second asks for the lock.
    const user = await createUser();
    await db.securityEvent.createMany({ data: Array.from({ length: 3000 }, () => ({ userId: user.id, kind: "SIGN_IN" as const, createdAt: ago(800 * DAY) })) });
    const reports = await Promise.all([pruneAll({ batchSize: 100 }), pruneAll({ batchSize: 100 })]);
    expect(reports.filter((r) => r.skipped)).toHaveLength(1);
    const ran = reports.find((r) => !r.skipped);
    expect(ran && !ran.skipped && ran.removed.securityEvents).toBe(3000);
  });
});

describe("retentionPolicyFromEnv", () => {
  it("reads the periods and refuses a value that would delete everything", () => {
    expect(retentionPolicyFromEnv({})).toEqual(DEFAULT_RETENTION);
    expect(retentionPolicyFromEnv({ RETENTION_EMAIL_DAYS: "30" }).emailDays).toBe(30);
    expect(() => retentionPolicyFromEnv({ RETENTION_SESSION_DAYS: "0" })).toThrow(RangeError);
    expect(() => retentionPolicyFromEnv({ RETENTION_SECURITY_EVENT_DAYS: "ten" })).toThrow(RangeError);
  });
});
