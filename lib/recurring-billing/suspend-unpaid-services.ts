import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";
import { driverFor } from "@/lib/provisioning/registry";
import { asPanelStep, serviceSubject } from "@/lib/services/actionable-service";
import { lockService } from "@/lib/services/provider-services";
import { serviceSuspendedUnpaidEmail } from "@/emails/account/service-suspended-unpaid";
import { UNPAID_CAUSE } from "./non-payment";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { daysBefore } from "./periods";
import { billingSettings } from "./settings";

type OverdueInvoice = { id: string; number: string; totalMinor: number; currency: string; dueAt: Date };

/**
 * The oldest invoice that leaves a service owing past the suspension limit: UNPAID, due on or
 * before `cutoff`, with a SERVICE_PERIOD line for the service. Only period invoices count: a
 * one-off charge does not take a running service down.
 */
async function overdueInvoiceOf(tx: Prisma.TransactionClient, serviceId: string, cutoff: Date): Promise<OverdueInvoice | null> {
  const [invoice] = await tx.$queryRaw<OverdueInvoice[]>`
    SELECT i.id, i.number, i."totalMinor", i.currency, i."dueAt"
    FROM "Invoice" i JOIN "InvoiceLine" l ON l."invoiceId" = i.id
    WHERE l."serviceId" = ${serviceId}::uuid AND l.purpose = 'SERVICE_PERIOD' AND i.status = 'UNPAID' AND i."dueAt" <= ${cutoff}
    ORDER BY i."dueAt", i.id LIMIT 1`;
  return invoice ?? null;
}

export type SuspendUnpaidServicesReport = { suspended: number; failed: number };

/**
 * The job that suspends services whose period invoice is still unpaid BILLING_SUSPEND_AFTER_DAYS
 * after its due date: through the service's driver, with the cause "unpaid" in the activity, a
 * service.suspended webhook, a NonPaymentSuspension row (what lets unsuspendPaidServices start it again when paid, and
 * nothing the provider suspended itself) and an email to the account's billing recipients, all
 * in one transaction under the service's lock. A service with such a row is not suspended
 * again: either it is suspended already, or the provider started it again by hand while the
 * invoice is unpaid, and the provider's decision stands until that invoice is settled.
 */
export async function suspendUnpaidServices(now: Date): Promise<SuspendUnpaidServicesReport> {
  const cutoff = daysBefore(now, billingSettings().suspendAfterDays);
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT s.id FROM "Service" s
    JOIN "InvoiceLine" l ON l."serviceId" = s.id AND l.purpose = 'SERVICE_PERIOD'
    JOIN "Invoice" i ON i.id = l."invoiceId" AND i.status = 'UNPAID' AND i."dueAt" <= ${cutoff}
    WHERE s.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM "NonPaymentSuspension" n WHERE n."serviceId" = s.id)`;
  const report: SuspendUnpaidServicesReport = { suspended: 0, failed: 0 };
  for (const { id } of candidates) {
    try {
      if (await suspendForNonPayment(id, cutoff, now)) report.suspended++;
    } catch (error) {
      // A panel that refuses one service must not keep the others running unpaid; the next run tries it again.
      report.failed++;
      logger.error({ err: error, serviceId: id }, "recurring billing: suspending an unpaid service failed");
    }
  }
  if (report.suspended > 0) deliverSoon();
  return report;
}

async function suspendForNonPayment(serviceId: string, cutoff: Date, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    // Checked again under the lock: another runner, a payment or the provider may have come first.
    if (service.status !== "ACTIVE") return false;
    if (await tx.nonPaymentSuspension.findUnique({ where: { serviceId }, select: { serviceId: true } })) return false;
    const invoice = await overdueInvoiceOf(tx, serviceId, cutoff);
    if (!invoice) return false;
    // The demo panel's writes join this transaction; a real panel's call is the one slow step under the lock, as in suspendService.
    await asPanelStep(driverFor(service.panelDriver).suspend(tx, service.panelRef));
    await tx.service.update({ where: { id: serviceId }, data: { status: "SUSPENDED" } });
    await tx.nonPaymentSuspension.create({ data: { serviceId, invoiceId: invoice.id, suspendedAt: now } });
    await recordActivity(tx, {
      accountId: service.accountId,
      actorId: null,
      kind: "service.suspended",
      subjectId: service.id,
      client: null,
      details: { ...serviceSubject(service), reason: null, cause: UNPAID_CAUSE, invoice: invoice.number },
    });
    await emitWebhookEvent(tx, { type: "service.suspended", data: { accountId: service.accountId, serviceId, cause: UNPAID_CAUSE, invoiceId: invoice.id } });
    const name = service.domain ? `${service.productName} (${service.domain})` : service.productName;
    await notifyBilling(
      tx,
      service.accountId,
      serviceSuspendedUnpaidEmail({ service: name, number: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency, dueAt: invoice.dueAt, url: appUrl(`/accounts/${service.accountId}/invoices/${invoice.id}`) }),
    );
    return true;
  });
}
