import "server-only";
import { db, pool } from "@/lib/db";
import { appMetrics } from "./metrics";
import { logger } from "./logger";

const OUTBOX_QUERY_TIMEOUT_MS = 3_000;

/**
 * Reads the gauges that belong to the app's state right before a scrape: the pool's counters
 * (no query) and the outbox backlog (one query on the status index). A failed outbox query
 * sets its gauges (and the webhook outbox's) to NaN, so a stale number is never reported as current; the scrape still answers.
 */
export async function refreshAppGauges(): Promise<void> {
  const metrics = appMetrics();
  metrics.poolConnections.set({ pool: "app", state: "total" }, pool.totalCount);
  metrics.poolConnections.set({ pool: "app", state: "idle" }, pool.idleCount);
  metrics.poolConnections.set({ pool: "app", state: "max" }, pool.options.max ?? 10);
  metrics.poolWaiting.set({ pool: "app" }, pool.waitingCount);
  let timer: NodeJS.Timeout | undefined;
  try {
    // The email outbox and the webhook outbox (deliveries of enabled endpoints: a disabled one's wait on purpose).
    const query = db.$queryRaw<{ pending: bigint; oldestSeconds: number | null; webhooksPending: bigint; webhooksOldestSeconds: number | null }[]>`
      SELECT e.pending, e."oldestSeconds", w.pending AS "webhooksPending", w."oldestSeconds" AS "webhooksOldestSeconds"
      FROM (SELECT count(*) AS pending,
                   extract(epoch FROM (now() AT TIME ZONE 'UTC') - min("createdAt"))::float8 AS "oldestSeconds"
            FROM "EmailMessage" WHERE status = 'PENDING') e,
           (SELECT count(*) AS pending,
                   extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(d."createdAt"))::float8 AS "oldestSeconds"
            FROM "WebhookDelivery" d JOIN "WebhookEndpoint" p ON p.id = d."endpointId"
            WHERE d.status = 'PENDING' AND p.enabled) w`;
    // A scrape must answer within Prometheus's timeout even when the pool's line is long or the
    // database is away (a query would wait up to DATABASE_POOL_WAIT_MS for a connection).
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${OUTBOX_QUERY_TIMEOUT_MS} ms`)), OUTBOX_QUERY_TIMEOUT_MS);
    });
    const [row] = await Promise.race([query, timeout]);
    metrics.outboxPending.set(Number(row?.pending ?? 0));
    metrics.outboxOldestPendingAge.set(Math.max(0, row?.oldestSeconds ?? 0));
    metrics.webhooksPending.set(Number(row?.webhooksPending ?? 0));
    metrics.webhooksOldestPendingAge.set(Math.max(0, row?.webhooksOldestSeconds ?? 0));
  } catch (error) {
    for (const gauge of [metrics.outboxPending, metrics.outboxOldestPendingAge, metrics.webhooksPending, metrics.webhooksOldestPendingAge]) gauge.set(Number.NaN);
    logger.error({ err: error }, "metrics: outbox query failed");
  } finally {
    clearTimeout(timer);
  }
}
