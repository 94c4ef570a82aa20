import "server-only";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import { noteEndpointFailure, noteEndpointSuccess } from "./endpoint-health";
import { openWebhookSecret } from "./secret";
import { sendSignedWebhook, type SendResult } from "./send";

/**
 * Delays after the 1st, 2nd, … failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h,
 * 24 h, 24 h. Ten attempts over about 3.9 days; after the last the delivery is FAILED. The
 * last attempts fall after the three days that turn a dead endpoint off, so a receiver down
 * for good is noticed even when it had a single event. Every non-2xx answer is retried, 4xx
 * included: a 401 or 404 is usually a receiver being deployed or misconfigured, which the
 * provider fixes, and a delivery dropped on a 4xx would be lost for good.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 24 * 3_600_000, 24 * 3_600_000, 24 * 3_600_000];
/** A sender that took a delivery and vanished (crash) gives it back after this long (well above the 10 s timeout). */
export const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;

export type WebhookDeliveryOptions = {
  /** The clock that decides what is due and when the next attempt is (tests move it; signing always uses the real time). */
  now?: () => Date;
  timeoutMs?: number;
};
export type WebhookDeliveryReport = { delivered: number; retrying: number; failed: number };

type Claimed = { id: string; endpointId: string; eventId: string; payload: unknown; attempts: number; claimedAt: Date; url: string; secretSealed: string };

/**
 * Takes up to `limit` due deliveries of enabled endpoints. FOR UPDATE SKIP LOCKED plus the
 * claim stamp mean two senders (two app instances) never take the same delivery; a claim
 * older than the lease (a sender that died mid-way) can be taken again. Timestamps are UTC
 * wall time, like every column of the app.
 */
async function claimDue(now: Date, limit: number): Promise<Claimed[]> {
  const at = now.toISOString();
  return db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT d.id FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d.status = 'PENDING' AND e.enabled
        AND d."nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
        AND (d."claimedAt" IS NULL OR d."claimedAt" < (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(secs => ${CLAIM_LEASE_MS / 1000}))
      ORDER BY d."nextAttemptAt", d.id
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED)
    UPDATE "WebhookDelivery" d SET "claimedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
    FROM due, "WebhookEndpoint" e
    WHERE d.id = due.id AND e.id = d."endpointId"
    RETURNING d.id, d."endpointId", d."eventId", d.payload, d.attempts, d."claimedAt", e.url, e."secretSealed"`;
}

// Shared by every module instance of this file in the process (Next loads it more than once).
const globals = globalThis as unknown as { __clientAreaWebhooksStopping?: boolean; __clientAreaWebhookRuns?: Set<Promise<unknown>> };
const runs = (globals.__clientAreaWebhookRuns ??= new Set<Promise<unknown>>());

/** For a shutdown: no new batch is claimed; resolves once the batches being sent are recorded. */
export async function stopWebhookDelivery(): Promise<void> {
  globals.__clientAreaWebhooksStopping = true;
  await Promise.allSettled([...runs]);
}

/** Undoes stopWebhookDelivery (a new worker in the same process: tests of a restart). */
export function resumeWebhookDelivery(): void {
  globals.__clientAreaWebhooksStopping = false;
}

/**
 * Sends what is due, batch after batch until nothing is left. Each delivery ends DELIVERED,
 * PENDING again with a later nextAttemptAt, or FAILED after the last retry. The batch is
 * sent at once, so one slow receiver costs the others nothing. Safe in several processes.
 */
export function deliverDueWebhooks(options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryReport> {
  const run = deliverBatches(options);
  runs.add(run);
  return run.finally(() => runs.delete(run));
}

async function deliverBatches(options: WebhookDeliveryOptions): Promise<WebhookDeliveryReport> {
  const report: WebhookDeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  const now = options.now ?? (() => new Date());
  for (;;) {
    if (globals.__clientAreaWebhooksStopping) return report;
    const rows = await claimDue(now(), BATCH_SIZE);
    if (rows.length === 0) return report;
    const outcomes = await Promise.all(rows.map(async (row) => record(row, await attempt(row, options.timeoutMs), now())));
    for (const outcome of outcomes) if (outcome) report[outcome]++;
    if (outcomes.includes("failed") || outcomes.includes("retrying")) deliverSoon(); // a disabled endpoint's email
  }
}

async function attempt(row: Claimed, timeoutMs: number | undefined): Promise<SendResult> {
  let secret: string;
  try {
    secret = openWebhookSecret(row.secretSealed);
  } catch {
    return { ok: false, status: null, error: "The signing secret cannot be read (was NEXTAUTH_SECRET changed?)" };
  }
  // jsonb keeps keys in its own order; the envelope is sent in the documented one.
  const { type, version, timestamp, data } = row.payload as Record<string, unknown>;
  return sendSignedWebhook({ url: row.url, secret, eventId: row.eventId, body: JSON.stringify({ type, version, timestamp, data }), timeoutMs });
}

/**
 * Writes the attempt's outcome and the endpoint's health in one transaction. The update is
 * conditional on this sender's claim, so a sender that outlived its lease cannot overwrite
 * what the one that took over recorded.
 */
async function record(row: Claimed, result: SendResult, now: Date): Promise<keyof WebhookDeliveryReport | null> {
  const attempts = row.attempts + 1;
  const mine = { id: row.id, status: "PENDING" as const, claimedAt: row.claimedAt };
  return db.$transaction(async (tx) => {
    if (result.ok) {
      const done = await tx.webhookDelivery.updateMany({ where: mine, data: { status: "DELIVERED", deliveredAt: now, attempts, lastResponseCode: result.status, lastError: null, claimedAt: null } });
      if (done.count !== 1) return null;
      await noteEndpointSuccess(tx, row.endpointId);
      return "delivered";
    }
    const delay = RETRY_DELAYS_MS[attempts - 1];
    const common = { attempts, lastResponseCode: result.status, lastError: result.error, claimedAt: null };
    const done = await tx.webhookDelivery.updateMany({
      where: mine,
      data: delay === undefined ? { ...common, status: "FAILED" } : { ...common, nextAttemptAt: new Date(now.getTime() + delay) },
    });
    if (done.count !== 1) return null;
    await noteEndpointFailure(tx, row.endpointId, now, result.error);
    return delay === undefined ? "failed" : "retrying";
  });
}
