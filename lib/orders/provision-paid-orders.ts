import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/observability/logger";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { failItem } from "./fail-item";
import { lockClaimedItem, provisionItem } from "./provision-item";
import { describeFailure, STUCK_AFTER_MS } from "./provisioning-failure";

/** Items claimed per run: a run stays short, and the next tick takes the rest. */
const BATCH = 25;

export type ProvisioningRun = { claimed: number; active: number; failed: number; interrupted: number };

/**
 * Claims the items of paid orders that wait for provisioning (their invoice PAID, their line
 * not fulfilled) and marks their orders paid (order.paid, once per order): one committed
 * transaction, rows taken with SKIP LOCKED so two runs never claim one item. This is the
 * "before" record: from here an item is never claimed again.
 */
async function claimPaidItems(now: Date, orderId: string | null): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; orderId: string }[]>`
      WITH picked AS (
        SELECT item.id FROM "OrderItem" item
        JOIN "InvoiceLine" line ON line.id = item."invoiceLineId"
        JOIN "Invoice" invoice ON invoice.id = line."invoiceId"
        WHERE item.state = 'AWAITING_PAYMENT' AND invoice.status = 'PAID' AND line."fulfilledAt" IS NULL
          AND (${orderId}::uuid IS NULL OR item."orderId" = ${orderId}::uuid)
        ORDER BY item.id
        LIMIT ${BATCH}
        FOR UPDATE OF item SKIP LOCKED
      )
      UPDATE "OrderItem" item SET state = 'PROVISIONING', "provisioningStartedAt" = ${now}
      FROM picked WHERE item.id = picked.id
      RETURNING item.id, item."orderId"`;
    const orderIds = [...new Set(claimed.map((row) => row.orderId))];
    if (orderIds.length > 0) {
      const paid = await tx.$queryRaw<{ id: string; accountId: string; invoiceId: string }[]>`
        UPDATE "Order" SET "paidAt" = ${now} WHERE id = ANY(${orderIds}::uuid[]) AND "paidAt" IS NULL RETURNING id, "accountId", "invoiceId"`;
      for (const order of paid) await emitWebhookEvent(tx, { type: "order.paid", data: { accountId: order.accountId, orderId: order.id, invoiceId: order.invoiceId } });
    }
    return claimed.map((row) => row.id);
  });
}

/** Items claimed long ago and never finished: the run that claimed them died mid-way. */
async function stuckItems(now: Date): Promise<string[]> {
  const rows = await db.orderItem.findMany({ where: { state: "PROVISIONING", finishedAt: null, provisioningStartedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } }, select: { id: true }, take: BATCH });
  return rows.map((row) => row.id);
}

/**
 * The job: provisions every item of a paid order through its driver, once. Each item is
 * claimed first (claimPaidItems), then provisioned in its own transaction under its row lock
 * (provisionItem): ACTIVE with its service or domain, or FAILED with the reason and a ticket
 * (failItem); the payment stays either way. An item whose run died after claiming it is
 * failed by a later run after STUCK_AFTER_MS, for a person to check: whether the panel or
 * registrar did the work cannot be known here, and doing it again could make it twice.
 * Idempotent and safe from several processes at once. `orderId` limits it to one order: the
 * checkout runs it right after the member pays; the scheduler runs it for everything.
 */
export async function provisionPaidOrders({ now = new Date(), orderId = null }: { now?: Date; orderId?: string | null } = {}): Promise<ProvisioningRun> {
  const run: ProvisioningRun = { claimed: 0, active: 0, failed: 0, interrupted: 0 };
  if (!orderId) {
    for (const itemId of await stuckItems(now)) if (await failItem(itemId, { code: "interrupted", reason: "Provisioning was interrupted before it finished; check the panel or registrar before retrying by hand." }, now)) run.interrupted += 1;
  }
  const claimed = await claimPaidItems(now, orderId);
  run.claimed = claimed.length;
  for (const itemId of claimed) {
    try {
      const done = await db.$transaction(
        async (tx) => {
          const item = await lockClaimedItem(tx, itemId);
          if (!item) return false;
          await provisionItem(tx, item, now);
          return true;
        },
        { timeout: 60_000 },
      );
      if (done) run.active += 1;
    } catch (error) {
      logger.warn({ err: error, itemId }, "order item provisioning failed");
      if (await failItem(itemId, describeFailure(error), now)) run.failed += 1;
    }
  }
  return run;
}
