import "server-only";
import { planFields } from "@/lib/catalog/plan-fields";
import { db } from "@/lib/db";
import { serviceUpgradedEmail } from "@/emails/account/service-upgraded";
import { recordActivity } from "@/lib/audit/record-activity";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { logger } from "@/lib/observability/logger";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { serviceSubject } from "../actionable-service";

type Outcome = "applied" | "skipped";

/**
 * Claims one paid, unfulfilled upgrade line (of one invoice when given) and applies it in the
 * same transaction that sets its fulfilledAt: FOR UPDATE SKIP LOCKED, so two runs at once
 * (the member's pay action and the scheduler) never take the same line, and a line applied
 * once is never picked again.
 */
async function applyOne(now: Date, invoiceId: string | undefined, failed: string[], claim: { id?: string }): Promise<Outcome | null> {
  return db.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ id: string }[]>`
      SELECT l.id FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
      WHERE l.purpose = 'SERVICE_UPGRADE' AND l."fulfilledAt" IS NULL AND i.status = 'PAID'
      ${invoiceId ? Prisma.sql`AND i.id = ${invoiceId}::uuid` : Prisma.empty}
      ${failed.length ? Prisma.sql`AND l.id <> ALL(${failed}::uuid[])` : Prisma.empty}
      ORDER BY l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED`;
    if (!claimed) return null;
    claim.id = claimed.id;
    const line = await tx.invoiceLine.findUniqueOrThrow({ where: { id: claimed.id }, select: { id: true, serviceId: true, targetProductId: true, invoice: { select: { id: true, accountId: true, number: true } } } });
    await tx.invoiceLine.update({ where: { id: line.id }, data: { fulfilledAt: now } });
    if (line.serviceId) await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${line.serviceId}::uuid FOR UPDATE`;
    const service = line.serviceId ? await tx.service.findFirst({ where: { id: line.serviceId, accountId: line.invoice.accountId } }) : null;
    const product = line.targetProductId ? await tx.product.findUnique({ where: { id: line.targetProductId }, include: { prices: true } }) : null;
    // Paid, but nothing left to move (the service was terminated or deleted, the plan deleted):
    // the line is closed so it is not retried forever; the provider settles the money by hand.
    if (!service || service.status === "CANCELLED" || !product || product.kind !== service.kind) {
      logger.warn({ lineId: line.id, invoiceId: line.invoice.id, serviceId: line.serviceId }, "paid upgrade not applied: service or plan gone");
      return "skipped";
    }
    // The plan's price for the service's cycle and currency bills the next periods; a price
    // taken out of the catalog since leaves the service's own price as it was.
    const price = product.prices.find((row) => row.cycle === service.billingCycle && row.currency === service.currency);
    const updated = await tx.service.update({
      where: { id: service.id },
      data: {
        ...planFields(product),
        ...(price ? { priceMinor: price.priceMinor } : {}),
      },
    });
    const subject = serviceSubject(service);
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.upgraded", subjectId: service.id, client: null, details: { ...subject, targetProduct: product.name, invoiceNumber: line.invoice.number } });
    await emitWebhookEvent(tx, { type: "service.upgraded", data: { accountId: service.accountId, serviceId: service.id, invoiceId: line.invoice.id, productId: product.id, productName: product.name, priceMinor: updated.priceMinor, currency: updated.currency } });
    const name = service.domain ? `${service.productName} (${service.domain})` : service.productName;
    await notifyAccount(service.accountId, "SERVICES", serviceUpgradedEmail({ service: name, product: product.name, url: appUrl(`/accounts/${service.accountId}/services/${service.id}`) }), { tx });
    return "applied";
  });
}

/**
 * Moves every service whose upgrade invoice is paid to its new plan, once: productId, name,
 * limits, and the plan's price for the next periods; activity, an email to the account's
 * services recipients, and the service.upgraded webhook, all with the line's fulfilledAt.
 * The scheduler runs it every few seconds; the member's pay action runs it at once for the
 * invoice just paid (`invoiceId`), so the member sees the new plan.
 *
 * The provisioning drivers have no "change plan" call (lib/provisioning/types.ts): the
 * limits live on the Service row, which the client area enforces and shows. A driver for a
 * real panel needs such a call before upgrades reach the panel's own quotas.
 */
export async function applyPaidUpgrades(input: { now?: Date; invoiceId?: string } = {}): Promise<{ applied: number; skipped: number; failed: number }> {
  const counts = { applied: 0, skipped: 0, failed: 0 };
  // A line whose transaction failed is rolled back (still unfulfilled, retried by the next run)
  // and passed over for the rest of this one, so one bad line does not hold up the others.
  const failed: string[] = [];
  for (;;) {
    const claim: { id?: string } = {};
    try {
      const outcome = await applyOne(input.now ?? new Date(), input.invoiceId, failed, claim);
      if (!outcome) break;
      counts[outcome] += 1;
    } catch (error) {
      if (!claim.id) throw error;
      logger.error({ err: error, lineId: claim.id }, "applying a paid upgrade failed; the next run retries it");
      failed.push(claim.id);
      counts.failed += 1;
    }
  }
  if (counts.applied) deliverSoon();
  return counts;
}
