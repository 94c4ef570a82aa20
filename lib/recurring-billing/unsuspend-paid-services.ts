import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { logger } from "@/lib/observability/logger";
import { driverFor } from "@/lib/provisioning/registry";
import { asPanelStep, serviceSubject } from "@/lib/services/actionable-service";
import { lockService } from "@/lib/services/provider-services";
import { UNPAID_CAUSE } from "./non-payment";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { daysBefore } from "./periods";
import { billingSettings } from "./settings";

export type UnsuspendPaidServicesReport = { unsuspended: number; cleared: number; failed: number };

/**
 * The job that starts again the services the billing run suspended, once nothing keeps them
 * suspended: the invoice they were suspended for is no longer UNPAID (paid, or cancelled by the
 * provider) and no other period invoice of theirs is unpaid past the suspension limit. Only
 * services with a NonPaymentSuspension row whose latest suspension was the billing run's
 * (cause "unpaid"): a suspension the provider made for its own reasons, even after ours, stays.
 * The row goes in the same transaction as the unsuspension, so a second runner finds nothing.
 */
export async function unsuspendPaidServices(now: Date): Promise<UnsuspendPaidServicesReport> {
  const cutoff = daysBefore(now, billingSettings().suspendAfterDays);
  const rows = await db.$queryRaw<{ serviceId: string }[]>`
    SELECT n."serviceId" FROM "NonPaymentSuspension" n JOIN "Invoice" i ON i.id = n."invoiceId"
    WHERE i.status <> 'UNPAID'`;
  const report: UnsuspendPaidServicesReport = { unsuspended: 0, cleared: 0, failed: 0 };
  for (const { serviceId } of rows) {
    try {
      const outcome = await settleSuspension(serviceId, cutoff);
      if (outcome === "unsuspended") report.unsuspended++;
      if (outcome === "cleared") report.cleared++;
    } catch (error) {
      report.failed++;
      logger.error({ err: error, serviceId }, "recurring billing: unsuspending a paid service failed");
    }
  }
  return report;
}

async function settleSuspension(serviceId: string, cutoff: Date): Promise<"unsuspended" | "cleared" | "kept"> {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    const row = await tx.nonPaymentSuspension.findUnique({ where: { serviceId }, include: { invoice: { select: { status: true } } } });
    if (!row || row.invoice.status === "UNPAID") return "kept";
    const stillOverdue = await tx.invoice.count({
      where: { status: "UNPAID", dueAt: { lte: cutoff }, lines: { some: { serviceId, purpose: "SERVICE_PERIOD" } } },
    });
    if (stillOverdue > 0) return "kept";
    await tx.nonPaymentSuspension.delete({ where: { serviceId } });
    // Started again by hand meanwhile, or terminated: the row only had to go.
    if (service.status !== "SUSPENDED") return "cleared";
    const latest = await tx.activityEvent.findFirst({ where: { accountId: service.accountId, subjectId: serviceId, kind: "service.suspended" }, orderBy: { id: "desc" }, select: { details: true } });
    const details = latest?.details;
    const ours = !!details && typeof details === "object" && !Array.isArray(details) && details.cause === UNPAID_CAUSE;
    if (!ours) return "cleared";
    await asPanelStep(driverFor(service.panelDriver).unsuspend(tx, service.panelRef));
    await tx.service.update({ where: { id: serviceId }, data: { status: "ACTIVE" } });
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.unsuspended", subjectId: service.id, client: null, details: { ...serviceSubject(service), cause: UNPAID_CAUSE } });
    await emitWebhookEvent(tx, { type: "service.unsuspended", data: { accountId: service.accountId, serviceId, cause: UNPAID_CAUSE, invoiceId: row.invoiceId } });
    return "unsuspended";
  });
}
