import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import { translatorFor } from "@/lib/i18n/messages";
import { isUuid } from "@/lib/ids";
import { invoiceIssuedMessage } from "@/lib/invoices/invoice-email";
import { writeInvoice } from "@/lib/invoices/write-invoice";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { actionableService, serviceSubject, type ServiceActor } from "../actionable-service";
import { openUpgradeInvoice } from "./open-upgrade-invoice";
import { currentPeriod, upgradeTargets } from "./upgrade-targets";

/** Days a member has to pay an upgrade invoice: it is issued because they asked to pay it now. */
const UPGRADE_DUE_IN_DAYS = 7;

/**
 * A member chooses a higher plan from the catalog: an invoice with one SERVICE_UPGRADE line
 * for the price difference over the rest of the paid period (prices from the database, never
 * from the form). Nothing about the service changes until the invoice is paid: then
 * applyPaidUpgrades moves it. One transaction, with the service row locked, so two choices at
 * once make one invoice; while one is unpaid a second is refused (the page offers the open one).
 */
export async function orderUpgrade(actor: ServiceActor, serviceId: string, targetProductId: string, now = new Date()): Promise<{ invoiceId: string }> {
  if (!isUuid(targetProductId)) throw new UserError("upgradeTargetInvalid");
  const issued = await db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    if (await openUpgradeInvoice(tx, actor.accountId, service.id)) throw new UserError("upgradeInvoiceOpen");
    const target = (await upgradeTargets(tx, service, now)).find((candidate) => candidate.productId === targetProductId);
    if (!target) throw new UserError("upgradeTargetInvalid");
    const period = currentPeriod(service);
    // Not billed, or the paid period is over: the renewal comes first, at the current plan's price.
    if (!period || period.end <= now) throw new UserError("upgradePeriodOver");
    // A custom price already at or above the plan's: nothing to prorate, the provider arranges it.
    if (target.dueNowMinor <= 0) throw new UserError("upgradeNothingToCharge");

    const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: actor.accountId }, select: { documentLocale: true } });
    const t = translatorFor(account.documentLocale);
    const day = new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeZone: "UTC" });
    const description = t("upgrades.invoiceLine", {
      service: service.domain ? `${service.productName} (${service.domain})` : service.productName,
      product: target.name,
      from: day.format(now),
      to: day.format(period.end),
    });
    const invoice = await writeInvoice(tx, {
      accountId: actor.accountId,
      issuedAt: now,
      dueInDays: UPGRADE_DUE_IN_DAYS,
      lines: [{ description, quantity: 1, unitPriceMinor: target.dueNowMinor, purpose: "SERVICE_UPGRADE", serviceId: service.id, targetProductId: target.productId, periodStart: now, periodEnd: period.end }],
    });
    await recordActivity(tx, {
      accountId: actor.accountId,
      actorId: actor.userId,
      kind: "service.upgrade_ordered",
      subjectId: service.id,
      client: actor.client,
      details: { ...serviceSubject(service), targetProduct: target.name, invoiceNumber: invoice.number },
    });
    await emitWebhookEvent(tx, { type: "invoice.issued", data: { accountId: actor.accountId, invoiceId: invoice.id, number: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency, dueAt: invoice.dueAt.toISOString() } });
    await notifyBilling(tx, actor.accountId, await invoiceIssuedMessage(tx, actor.accountId, invoice.id));
    return invoice;
    // The invoice email attaches its PDF, rendered inside the transaction as issueInvoice does: more than the default 5 s under load.
  }, { timeout: 30_000 });
  deliverSoon();
  return { invoiceId: issued.id };
}
