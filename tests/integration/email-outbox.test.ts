/**
 * The email outbox against a real SMTP server (smtp-server on a local port) and the real
 * database: what is enqueued commits or rolls back with the caller's change, failures are
 * retried with backoff and the server's reply kept, and two senders never send a row twice.
 *
 * The database clock is set to Tokyo time (UTC+9), as a managed PostgreSQL in local time
 * would be: the claim compares UTC timestamps with the database clock, and a mistake there
 * would leave emails waiting for nine hours, or let a live claim be taken again.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RenderedEmail } from "@/emails/render";
import { db, pool } from "@/lib/db";
import { CLAIM_LEASE_MS, RETRY_DELAYS_MS, deliverPendingEmails, enqueueEmail, type DeliveryReport } from "@/lib/email/outbox";
import { startOutboxWorker } from "@/lib/email/outbox-worker";
import { uniqueEmail } from "../factories/users";
import { emailsTo } from "../support/mail";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { restoreSmtp, pointMailerAt } from "../support/smtp-url";
import { logger } from "@/lib/observability/logger";
import { setDatabaseTimeZone } from "../support/database-time-zone";

const NOTHING: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
let smtp: TestSmtpServer;

beforeAll(async () => {
  await setDatabaseTimeZone("Asia/Tokyo");
  smtp = await startTestSmtpServer();
});

afterAll(async () => {
  await smtp.stop();
  restoreSmtp();
});

beforeEach(async () => {
  await db.emailMessage.deleteMany();
  smtp.received.length = 0;
  smtp.refuseRecipients = null;
  smtp.refuseData = null;
  smtp.dataDelayMs = 0;
  smtp.maxOpenSessions = 0;
  pointMailerAt(smtp.url);
});

afterEach(() => restoreSmtp());

function testEmail(): RenderedEmail {
  const tag = randomBytes(4).toString("hex");
  return { template: "outbox-test", subject: `Outbox test ${tag}`, html: `<p>Message ${tag}</p>`, text: `Message ${tag}`, redactedText: `Message ${tag}` };
}

async function enqueue() {
  const to = uniqueEmail("outbox");
  await enqueueEmail(db, { to, email: testEmail() });
  const [row] = await emailsTo(to);
  return row!;
}

const reload = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });

/** Lets the backoff run out, as if its delay had passed. */
const makeDue = (id: string) => db.emailMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

/**
 * A second app instance in this process: fresh modules, so its own PrismaClient, pg pool
 * and SMTP transport. Its claims really run on other database connections.
 */
async function secondAppInstance() {
  const globals = globalThis as unknown as { __clientAreaDb?: unknown };
  const first = globals.__clientAreaDb;
  delete globals.__clientAreaDb;
  vi.resetModules();
  try {
    const database = await import("@/lib/db");
    const outbox = await import("@/lib/email/outbox");
    const transport = await import("@/lib/email/transport");
    // Its first query loads Prisma's query compiler and opens a connection: done here, so the
    // two senders' claims below really start at the same moment.
    await database.db.emailMessage.count();
    return {
      pool: database.pool,
      deliverPendingEmails: outbox.deliverPendingEmails,
      async close() {
        transport.resetSmtpTransport();
        await database.db.$disconnect();
        await database.pool.end();
      },
    };
  } finally {
    globals.__clientAreaDb = first;
    // Later imports (the per-file teardown's closeDatabase) must get this file's own client again.
    vi.resetModules();
  }
}

it("runs with the database clock in Tokyo time", async () => {
  expect(await db.$queryRaw`SHOW timezone`).toEqual([{ TimeZone: "Asia/Tokyo" }]);
});

describe("enqueueEmail", () => {
  it("writes nothing when the caller's transaction rolls back, so nothing is ever sent", async () => {
    const to = uniqueEmail("rollback");
    const failedChange = db.$transaction(async (tx) => {
      await enqueueEmail(tx, { to, email: testEmail() });
      expect(await tx.emailMessage.count({ where: { to } })).toBe(1);
      throw new Error("the change was refused");
    });
    await expect(failedChange).rejects.toThrow("the change was refused");

    expect(await emailsTo(to)).toHaveLength(0);
    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.received).toHaveLength(0);
  });

  it("sends the email once the caller's transaction commits", async () => {
    const to = uniqueEmail("commit");
    const email = testEmail();
    await db.$transaction(async (tx) => enqueueEmail(tx, { to, email }));

    expect((await emailsTo(to)).map((m) => m.status)).toEqual(["PENDING"]);
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, sent: 1 });
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([[[to], email.subject]]);
    expect(smtp.received[0]!.raw).toContain(email.text);
  });

  it("only stores the email (CAPTURED) without SMTP, and no sender ever sends it", async () => {
    pointMailerAt(undefined);
    const row = await enqueue();
    expect(row.status).toBe("CAPTURED");
    expect(await deliverPendingEmails()).toEqual(NOTHING);

    pointMailerAt(smtp.url);
    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.received).toHaveLength(0);
    expect(await reload(row.id)).toMatchObject({ status: "CAPTURED", attempts: 0, sentAt: null });
  });
});

describe("deliverPendingEmails", () => {
  it("keeps the email when the SMTP server is down, and sends it exactly once after the backoff when it is back", async () => {
    await smtp.stop();
    const row = await enqueue();
    const before = Date.now();
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, retrying: 1 });

    const waiting = await reload(row.id);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null, claimedAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + RETRY_DELAYS_MS[0]!);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThan(Date.now() + RETRY_DELAYS_MS[0]! + 1000);

    await smtp.start();
    // Back up, but the backoff has not run out: not yet.
    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.received).toHaveLength(0);

    await makeDue(row.id);
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, sent: 1 });
    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.subjects()).toEqual([row.subject]);
    const sent = await reload(row.id);
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null, claimedAt: null });
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(before);
  });

  it("keeps a temporary refusal (4xx) as the error and sends on the next try", async () => {
    smtp.refuseRecipients = { code: 450, message: "4.2.1 Mailbox busy, try again later" };
    const row = await enqueue();
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, retrying: 1 });
    expect((await reload(row.id)).lastError).toContain("450 4.2.1 Mailbox busy, try again later");

    smtp.refuseRecipients = null;
    await makeDue(row.id);
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, sent: 1 });
    expect(smtp.subjects()).toEqual([row.subject]);
    expect(await reload(row.id)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("keeps the server's 550 reply, backs off after each failure and gives up (FAILED) after the last retry", async () => {
    smtp.refuseData = { code: 550, message: "5.7.1 Message rejected as spam" };
    const row = await enqueue();

    for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
      const before = Date.now();
      expect(await deliverPendingEmails()).toEqual({ ...NOTHING, retrying: 1 });
      const stored = await reload(row.id);
      expect(stored).toMatchObject({ status: "PENDING", attempts: i + 1, claimedAt: null });
      expect(stored.lastError).toContain("550 5.7.1 Message rejected as spam");
      expect(stored.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + delay);
      expect(stored.nextAttemptAt.getTime()).toBeLessThan(Date.now() + delay + 1000);
      await makeDue(row.id);
    }

    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, failed: 1 });
    const failed = await reload(row.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: RETRY_DELAYS_MS.length + 1, sentAt: null, claimedAt: null });
    expect(failed.lastError).toContain("550 5.7.1 Message rejected as spam");

    // Given up means given up, even when the server would now accept it.
    smtp.refuseData = null;
    await makeDue(row.id);
    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.received).toHaveLength(0);
  });

  it("sends every email exactly once when two app instances deliver at the same moment", async () => {
    const rows = [];
    for (let i = 0; i < 30; i++) rows.push(await enqueue());
    const other = await secondAppInstance();
    try {
      expect(other.pool).not.toBe(pool);
      const reports = await Promise.all([deliverPendingEmails(), other.deliverPendingEmails()]);

      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
      // Both really took part: each claimed a share of the rows.
      expect(reports.map((r) => r.sent > 0)).toEqual([true, true]);
    } finally {
      await other.close();
    }
    expect(smtp.subjects().sort()).toEqual(rows.map((r) => r.subject).sort());
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(30);
    const stored = await db.emailMessage.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    expect(stored.map((r) => [r.status, r.attempts])).toEqual(Array(30).fill(["SENT", 1]));
  });

  it("neither waits for nor takes a row that another sender is claiming at this moment (row lock held)", async () => {
    const rows = [await enqueue(), await enqueue(), await enqueue()];
    const otherSender = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await otherSender.connect();
    try {
      await otherSender.query("BEGIN");
      await otherSender.query(`SELECT id FROM "EmailMessage" WHERE id = $1 FOR UPDATE`, [rows[0]!.id]);

      const blocked = new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 5_000).unref());
      expect(await Promise.race([deliverPendingEmails(), blocked])).toEqual({ ...NOTHING, sent: 2 });
      expect(smtp.subjects().sort()).toEqual([rows[1]!.subject, rows[2]!.subject].sort());
      expect(await reload(rows[0]!.id)).toMatchObject({ status: "PENDING", attempts: 0, claimedAt: null });
    } finally {
      await otherSender.query("ROLLBACK");
      await otherSender.end();
    }
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, sent: 1 });
    expect(smtp.received).toHaveLength(3);
  });

  it("skips a row another sender is working on, and takes it again once that sender's lease has run out", async () => {
    const row = await enqueue();
    const liveClaim = new Date(Date.now() - CLAIM_LEASE_MS + 60_000);
    await db.emailMessage.update({ where: { id: row.id }, data: { claimedAt: liveClaim } });

    expect(await deliverPendingEmails()).toEqual(NOTHING);
    expect(smtp.received).toHaveLength(0);
    expect(await reload(row.id)).toMatchObject({ status: "PENDING", claimedAt: liveClaim, attempts: 0 });

    // The sender died mid-way: its claim is older than the lease.
    await db.emailMessage.update({ where: { id: row.id }, data: { claimedAt: new Date(Date.now() - CLAIM_LEASE_MS - 60_000) } });
    expect(await deliverPendingEmails()).toEqual({ ...NOTHING, sent: 1 });
    expect(smtp.subjects()).toEqual([row.subject]);
    expect(await reload(row.id)).toMatchObject({ status: "SENT", claimedAt: null, attempts: 1 });
  });
});

describe("startOutboxWorker", () => {
  it("does not start without SMTP", () => {
    pointMailerAt(undefined);
    expect(startOutboxWorker({ intervalMs: 10 })).toBeNull();
  });

  it("delivers an email enqueued after it started, and nothing once stopped", async () => {
    const worker = startOutboxWorker({ intervalMs: 25 })!;
    expect(worker).not.toBeNull();
    const row = await enqueue();
    try {
      await vi.waitFor(() => expect(smtp.subjects()).toEqual([row.subject]), { timeout: 5_000, interval: 20 });
    } finally {
      await worker.stop();
    }
    expect(await reload(row.id)).toMatchObject({ status: "SENT", attempts: 1 });

    const later = await enqueue();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
    expect(await reload(later.id)).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("never starts a run while the previous one is still sending", async () => {
    smtp.dataDelayMs = 400;
    const worker = startOutboxWorker({ intervalMs: 10 })!;
    try {
      const first = await enqueue();
      // The first run is now inside a slow send; an overlapping run would take the second row at once.
      await vi.waitFor(() => expect(smtp.maxOpenSessions).toBe(1), { timeout: 5_000, interval: 5 });
      const second = await enqueue();
      await vi.waitFor(() => expect(smtp.received).toHaveLength(2), { timeout: 5_000, interval: 20 });
      expect(smtp.subjects()).toEqual([first.subject, second.subject]);
      expect(smtp.maxOpenSessions).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it("logs an email that failed for good and keeps sending the others", async () => {
    smtp.refuseData = { code: 554, message: "5.7.1 Relaying denied" };
    const row = await enqueue();
    await db.emailMessage.update({ where: { id: row.id }, data: { attempts: RETRY_DELAYS_MS.length } });
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const worker = startOutboxWorker({ intervalMs: 25 })!;
    try {
      await vi.waitFor(async () => expect((await reload(row.id)).status).toBe("FAILED"), { timeout: 5_000, interval: 20 });
      // The row turns FAILED inside the run; the run's report (and its log line) comes after it.
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith({ failed: 1 }, expect.stringContaining("failed for good")), { timeout: 5_000, interval: 20 });

      smtp.refuseData = null;
      const next = await enqueue();
      await vi.waitFor(() => expect(smtp.subjects()).toEqual([next.subject]), { timeout: 5_000, interval: 20 });
    } finally {
      await worker.stop();
      logged.mockRestore();
    }
  });

  it("logs a run that throws (database trouble) and delivers on a later run", async () => {
    const row = await enqueue();
    // A real database failure: the claim query cannot find its column for a while.
    await db.$executeRawUnsafe(`ALTER TABLE "EmailMessage" RENAME COLUMN "claimedAt" TO "claimedAtGone"`);
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const worker = startOutboxWorker({ intervalMs: 25 })!;
    try {
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith({ err: expect.anything() }, "email outbox run failed"), { timeout: 5_000, interval: 20 });
      await db.$executeRawUnsafe(`ALTER TABLE "EmailMessage" RENAME COLUMN "claimedAtGone" TO "claimedAt"`);
      await vi.waitFor(() => expect(smtp.subjects()).toEqual([row.subject]), { timeout: 5_000, interval: 20 });
    } finally {
      await worker.stop();
      logged.mockRestore();
    }
  });
});
