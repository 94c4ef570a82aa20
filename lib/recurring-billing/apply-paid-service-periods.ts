import "server-only";
import { db } from "@/lib/db";

const BATCH = 200;

type PaidLine = { id: string; serviceId: string | null; periodStart: Date; periodEnd: Date };

export type ApplyPaidServicePeriodsReport = { applied: number; moved: number };

/**
 * The job that applies paid service periods: a SERVICE_PERIOD line whose invoice is PAID and
 * whose fulfilledAt is null moves its service's next due date to the period's end, and is
 * marked fulfilled in the same statement's transaction, once. The lines are claimed with
 * FOR UPDATE SKIP LOCKED, so two runners never apply one line, and the due date moves only
 * from the period's start (a date the provider has moved by hand since is left as it is; a
 * terminated service has none). Unsuspending a service suspended for non-payment is
 * unsuspendPaidServices's, a job of its own, so a driver call never holds these rows.
 */
export async function applyPaidServicePeriods(now: Date): Promise<ApplyPaidServicePeriodsReport> {
  const report: ApplyPaidServicePeriodsReport = { applied: 0, moved: 0 };
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const lines = await tx.$queryRaw<PaidLine[]>`
        SELECT l.id, l."serviceId", l."periodStart", l."periodEnd"
        FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
        WHERE l.purpose = 'SERVICE_PERIOD' AND l."fulfilledAt" IS NULL AND i.status = 'PAID'
        ORDER BY l."periodStart", l.id
        LIMIT ${BATCH}
        FOR UPDATE OF l SKIP LOCKED`;
      for (const line of lines) {
        if (line.serviceId) {
          const moved = await tx.service.updateMany({ where: { id: line.serviceId, nextDueAt: line.periodStart }, data: { nextDueAt: line.periodEnd } });
          report.moved += moved.count;
        }
        await tx.invoiceLine.update({ where: { id: line.id }, data: { fulfilledAt: now } });
        report.applied++;
      }
      return lines.length < BATCH;
    });
    if (done) return report;
  }
}
