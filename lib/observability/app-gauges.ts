import "server-only";
import { db, pool } from "@/lib/db";
import { appMetrics } from "./metrics";
import { logger } from "./logger";

/**
 * Reads the gauges that belong to the app's state right before a scrape: the pool's counters
 * (no query) and the outbox backlog (one query on the status index). A failed outbox query
 * sets its gauges to NaN, so a stale number is never reported as current; the scrape still answers.
 */
export async function refreshAppGauges(): Promise<void> {
  const metrics = appMetrics();
  metrics.poolConnections.set({ pool: "app", state: "total" }, pool.totalCount);
  metrics.poolConnections.set({ pool: "app", state: "idle" }, pool.idleCount);
  metrics.poolConnections.set({ pool: "app", state: "max" }, pool.options.max ?? 10);
  metrics.poolWaiting.set({ pool: "app" }, pool.waitingCount);
  try {
    const [row] = await db.$queryRaw<{ pending: bigint; oldestSeconds: number | null }[]>`
      SELECT count(*) AS pending,
             extract(epoch FROM (now() AT TIME ZONE 'UTC') - min("createdAt"))::float8 AS "oldestSeconds"
      FROM "EmailMessage" WHERE status = 'PENDING'`;
    metrics.outboxPending.set(Number(row?.pending ?? 0));
    metrics.outboxOldestPendingAge.set(Math.max(0, row?.oldestSeconds ?? 0));
  } catch (error) {
    metrics.outboxPending.set(Number.NaN);
    metrics.outboxOldestPendingAge.set(Number.NaN);
    logger.error({ err: error }, "metrics: outbox query failed");
  }
}
