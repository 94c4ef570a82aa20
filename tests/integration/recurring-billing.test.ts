import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setAutoPay } from "@/lib/billing/billing-details";
import { cancelInvoice } from "@/lib/invoices/cancel-invoice";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { applyPaidServicePeriods } from "@/lib/recurring-billing/apply-paid-service-periods";
import { invoiceDueServices } from "@/lib/recurring-billing/invoice-due-services";
import { sendPaymentReminders } from "@/lib/recurring-billing/send-payment-reminders";
import { suspendUnpaidServices } from "@/lib/recurring-billing/suspend-unpaid-services";
import { unsuspendPaidServices } from "@/lib/recurring-billing/unsuspend-paid-services";
import { suspendService } from "@/lib/services/provider-service-lifecycle";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES, webhookEnvelopeSchema, type WebhookEventType } from "@/lib/webhooks/events";
import { accessFor, createAccountWithOwner } from "../factories/accounts";
import { saveCard, TEST_CARDS } from "../factories/invoices";
import { createTestService } from "../factories/services";
import { testClient } from "../factories/sessions";
import { quietBillingWorld } from "../support/quiet-billing-world";

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const plus = (date: Date, days: number, hours = 0) => new Date(date.getTime() + days * DAY + hours * 60 * 60 * 1000);

/** An account with a monthly service whose next due date is `dueAt`, and the owner's access to it. */
async function accountWithService(dueAt: Date, options: { status?: "ACTIVE" | "SUSPENDED" | "CANCELLED" | "PENDING"; priceMinor?: number } = {}) {
  const { account, owner } = await createAccountWithOwner();
  const service = await createTestService(account.id, { kind: "WEB_HOSTING", status: options.status });
  await db.service.update({ where: { id: service.id }, data: { nextDueAt: dueAt, priceMinor: options.priceMinor ?? 1499 } });
  return { account, owner, service, access: await accessFor(owner, account.id) };
}

const periodLinesOf = (serviceId: string) =>
  db.invoiceLine.findMany({ where: { serviceId, purpose: "SERVICE_PERIOD" }, include: { invoice: { select: { id: true, status: true, dueAt: true, accountId: true, totalMinor: true } } }, orderBy: { periodStart: "asc" } });
const emailsOf = (accountId: string, template: string) => db.emailMessage.findMany({ where: { accountId, template }, select: { to: true, subject: true, text: true } });
/** The webhook events about a service, checked against their published schema. */
async function serviceEvents(serviceId: string) {
  const rows = await db.webhookDelivery.findMany({ where: { type: { startsWith: "service." } }, orderBy: { id: "asc" } });
  return rows.map((row) => webhookEnvelopeSchema(row.type as WebhookEventType).parse(row.payload)).filter((event) => (event.data as { serviceId?: string }).serviceId === serviceId);
}
const panelOf = (panelRef: string) => db.demoPanelAccount.findUniqueOrThrow({ where: { id: panelRef }, select: { suspended: true } });

beforeEach(quietBillingWorld);

describe("invoicing services before their due date", () => {
  it("issues one invoice per account with a line per due service, BILLING_INVOICE_DAYS_BEFORE days ahead, and never twice", async () => {
    const dueAt = at("2027-03-10T00:00:00Z");
    const { account, service } = await accountWithService(dueAt);
    const second = await createTestService(account.id, { kind: "VPS" });
    await db.service.update({ where: { id: second.id }, data: { nextDueAt: plus(dueAt, 0, 3), billingCycle: "QUARTERLY", priceMinor: 6000 } });
    const cancelled = await createTestService(account.id, { kind: "EMAIL", status: "CANCELLED" });
    const pending = await createTestService(account.id, { kind: "EMAIL", status: "PENDING" });
    await db.service.updateMany({ where: { id: { in: [cancelled.id, pending.id] } }, data: { nextDueAt: dueAt } });

    // 15 days before: too early (the window is 14 days).
    expect(await invoiceDueServices(plus(dueAt, -15))).toMatchObject({ invoices: 0, services: 0 });
    expect(await periodLinesOf(service.id)).toEqual([]);

    const runAt = plus(dueAt, -14, 6);
    expect(await invoiceDueServices(runAt)).toMatchObject({ invoices: 1, services: 2, autoPaid: 0 });
    const [line] = await periodLinesOf(service.id);
    expect(line).toMatchObject({ periodStart: dueAt, periodEnd: at("2027-04-10T00:00:00Z"), unitPriceMinor: 1499, amountMinor: 1499, fulfilledAt: null });
    expect(line!.description).toBe(`Web Hosting Pro (${service.domain}), Mar 10, 2027 to Apr 9, 2027`);
    // The invoice falls due on the earliest service's due date.
    expect(line!.invoice).toMatchObject({ status: "UNPAID", dueAt, accountId: account.id });
    const [vpsLine] = await periodLinesOf(second.id);
    expect(vpsLine).toMatchObject({ invoiceId: line!.invoiceId, periodStart: plus(dueAt, 0, 3), periodEnd: at("2027-06-10T03:00:00Z"), unitPriceMinor: 6000 });
    expect(await periodLinesOf(cancelled.id)).toEqual([]);
    expect(await periodLinesOf(pending.id)).toEqual([]);
    expect(await emailsOf(account.id, "invoice-issued")).toHaveLength(1);

    // Again, the same day and a week later: the period stands invoiced.
    expect(await invoiceDueServices(runAt)).toMatchObject({ invoices: 0 });
    expect(await invoiceDueServices(plus(runAt, 7))).toMatchObject({ invoices: 0 });
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("invoices the period again when the provider cancels its invoice: the service still runs and owes it", async () => {
    const dueAt = at("2027-05-01T00:00:00Z");
    const { account, service } = await accountWithService(dueAt);
    await invoiceDueServices(plus(dueAt, -10));
    const [first] = await periodLinesOf(service.id);
    await cancelInvoice(first!.invoiceId);

    expect(await invoiceDueServices(plus(dueAt, -9))).toMatchObject({ invoices: 1, services: 1 });
    const lines = await periodLinesOf(service.id);
    expect(lines.map((line) => [line.invoice.status, line.periodStart])).toEqual([
      ["CANCELLED", dueAt],
      ["UNPAID", dueAt],
    ]);
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(2);
  });

  it("auto-pays the invoice with the default card when it is issued, and the paid period moves the due date once", async () => {
    const dueAt = at("2027-07-20T00:00:00Z");
    const { account, service, access } = await accountWithService(dueAt);
    await saveCard(access, TEST_CARDS.pays);
    await setAutoPay(access, true, testClient());

    expect(await invoiceDueServices(plus(dueAt, -14))).toMatchObject({ invoices: 1, autoPaid: 1 });
    const [line] = await periodLinesOf(service.id);
    expect(line!.invoice.status).toBe("PAID");
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { nextDueAt: true } })).toEqual({ nextDueAt: dueAt });

    const appliedAt = plus(dueAt, -14, 1);
    expect(await applyPaidServicePeriods(appliedAt)).toEqual({ applied: 1, moved: 1 });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { nextDueAt: true } })).toEqual({ nextDueAt: at("2027-08-20T00:00:00Z") });
    expect((await periodLinesOf(service.id))[0]!.fulfilledAt).toEqual(appliedAt);
    expect(await applyPaidServicePeriods(appliedAt)).toEqual({ applied: 0, moved: 0 });

    // The next period is invoiced in its own window, from the new due date.
    expect(await invoiceDueServices(plus(dueAt, 1))).toMatchObject({ invoices: 0 });
    expect(await invoiceDueServices(at("2027-08-06T01:00:00Z"))).toMatchObject({ invoices: 1 });
    expect((await periodLinesOf(service.id)).map((line) => line.periodStart)).toEqual([dueAt, at("2027-08-20T00:00:00Z")]);
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(2);
  });

  it("leaves the invoice unpaid when the default card is refused", async () => {
    const dueAt = at("2027-09-01T00:00:00Z");
    const { service, access } = await accountWithService(dueAt);
    await saveCard(access, TEST_CARDS.declines);
    await setAutoPay(access, true, testClient());
    expect(await invoiceDueServices(plus(dueAt, -14))).toMatchObject({ invoices: 1, autoPaid: 0, autoPayRefused: 1 });
    expect((await periodLinesOf(service.id))[0]!.invoice.status).toBe("UNPAID");
  });
});

describe("suspension for non-payment", () => {
  it("suspends a service BILLING_SUSPEND_AFTER_DAYS after its unpaid invoice's due date, once, and starts it again when paid", async () => {
    await createWebhookEndpoint({ url: "https://hooks.example.com/billing", events: [...WEBHOOK_EVENT_TYPES] });
    const dueAt = at("2027-10-01T00:00:00Z");
    const { account, service, access } = await accountWithService(dueAt);
    await invoiceDueServices(plus(dueAt, -14));
    const [line] = await periodLinesOf(service.id);

    expect(await suspendUnpaidServices(plus(dueAt, 6, 23))).toEqual({ suspended: 0, failed: 0 });
    expect(await suspendUnpaidServices(plus(dueAt, 7, 1))).toEqual({ suspended: 1, failed: 0 });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { status: true } })).toEqual({ status: "SUSPENDED" });
    expect(await panelOf(service.panelRef)).toEqual({ suspended: true });
    const [email] = await emailsOf(account.id, "service-suspended-unpaid");
    expect(email!.subject).toBe(`Web Hosting Pro (${service.domain}) is suspended for an unpaid invoice`);
    expect(await db.activityEvent.findFirstOrThrow({ where: { subjectId: service.id, kind: "service.suspended" }, select: { details: true } })).toMatchObject({ details: { cause: "unpaid", reason: null } });
    expect(await suspendUnpaidServices(plus(dueAt, 8))).toEqual({ suspended: 0, failed: 0 });

    // Nothing to start again while the invoice is unpaid.
    expect(await unsuspendPaidServices(plus(dueAt, 8))).toEqual({ unsuspended: 0, cleared: 0, failed: 0 });
    const card = await saveCard(access, TEST_CARDS.pays);
    await payInvoice({ accountId: account.id, userId: null, client: null }, { invoiceId: line!.invoiceId, methodId: card.id });
    expect(await unsuspendPaidServices(plus(dueAt, 9))).toEqual({ unsuspended: 1, cleared: 0, failed: 0 });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await panelOf(service.panelRef)).toEqual({ suspended: false });
    expect(await db.nonPaymentSuspension.count({ where: { serviceId: service.id } })).toBe(0);
    expect(await unsuspendPaidServices(plus(dueAt, 9))).toEqual({ unsuspended: 0, cleared: 0, failed: 0 });
    expect(await applyPaidServicePeriods(plus(dueAt, 9))).toEqual({ applied: 1, moved: 1 });
    expect(await serviceEvents(service.id)).toMatchObject([
      { type: "service.suspended", data: { accountId: account.id, serviceId: service.id, cause: "unpaid", invoiceId: line!.invoiceId } },
      { type: "service.unsuspended", data: { accountId: account.id, serviceId: service.id, cause: "unpaid", invoiceId: line!.invoiceId } },
    ]);
  });

  it("never starts again a service the provider suspended for its own reasons, even after the invoice is paid", async () => {
    const dueAt = at("2027-11-01T00:00:00Z");
    const { account, service, access } = await accountWithService(dueAt);
    await invoiceDueServices(plus(dueAt, -14));
    const [line] = await periodLinesOf(service.id);
    await suspendService(service.id, "Abuse report 4711");
    // Already suspended by the provider: the billing run does not take it over.
    expect(await suspendUnpaidServices(plus(dueAt, 8))).toEqual({ suspended: 0, failed: 0 });

    const card = await saveCard(access, TEST_CARDS.pays);
    await payInvoice({ accountId: account.id, userId: null, client: null }, { invoiceId: line!.invoiceId, methodId: card.id });
    expect(await unsuspendPaidServices(plus(dueAt, 9))).toEqual({ unsuspended: 0, cleared: 0, failed: 0 });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { status: true } })).toEqual({ status: "SUSPENDED" });
  });

  it("keeps suspended a service the provider suspended again after ours, and does not re-suspend one the provider started by hand", async () => {
    const dueAt = at("2027-12-01T00:00:00Z");
    const { account, service, access } = await accountWithService(dueAt);
    await invoiceDueServices(plus(dueAt, -14));
    const [line] = await periodLinesOf(service.id);
    await suspendUnpaidServices(plus(dueAt, 8));
    // The provider starts it again by hand while unpaid: the next run leaves that decision alone.
    const { unsuspendService } = await import("@/lib/services/provider-service-lifecycle");
    await unsuspendService(service.id);
    expect(await suspendUnpaidServices(plus(dueAt, 9))).toEqual({ suspended: 0, failed: 0 });
    // Then suspends it for its own reason; the invoice is paid: it stays suspended.
    await suspendService(service.id, "Spam from this account");
    const card = await saveCard(access, TEST_CARDS.pays);
    await payInvoice({ accountId: account.id, userId: null, client: null }, { invoiceId: line!.invoiceId, methodId: card.id });
    expect(await unsuspendPaidServices(plus(dueAt, 10))).toEqual({ unsuspended: 0, cleared: 1, failed: 0 });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { status: true } })).toEqual({ status: "SUSPENDED" });
  });
});

describe("payment reminders", () => {
  it("sends the due-soon, overdue and second overdue reminders once each, in the account's billing language", async () => {
    const dueAt = at("2028-01-20T00:00:00Z");
    const { account } = await accountWithService(dueAt);
    await invoiceDueServices(plus(dueAt, -14));
    const reminders = () => emailsOf(account.id, "payment-reminder");

    expect(await sendPaymentReminders(plus(dueAt, -4))).toMatchObject({ sent: 0 });
    expect(await sendPaymentReminders(plus(dueAt, -3, 1))).toMatchObject({ sent: 1 });
    expect(await sendPaymentReminders(plus(dueAt, -2))).toMatchObject({ sent: 0 });
    expect((await reminders()).map((email) => email.subject)).toEqual([expect.stringMatching(/^Invoice \S+ is due on Jan 20, 2028$/)]);

    expect(await sendPaymentReminders(plus(dueAt, 1, 1))).toMatchObject({ sent: 1 });
    expect(await sendPaymentReminders(plus(dueAt, 2))).toMatchObject({ sent: 0 });
    expect(await sendPaymentReminders(plus(dueAt, 7, 1))).toMatchObject({ sent: 1 });
    expect(await sendPaymentReminders(plus(dueAt, 8))).toMatchObject({ sent: 0 });
    const subjects = (await reminders()).map((email) => email.subject);
    expect(subjects).toHaveLength(3);
    expect(subjects[1]).toMatch(/is overdue$/);
    expect(subjects[2]).toMatch(/^Second reminder/);
    expect((await reminders())[2]!.text).toContain("7 days after its due date");
  });

  it("sends only the latest reminder after the scheduler was stopped, and none for a paid invoice", async () => {
    const dueAt = at("2028-03-10T00:00:00Z");
    const late = await accountWithService(dueAt);
    const paid = await accountWithService(dueAt);
    await saveCard(paid.access, TEST_CARDS.pays);
    await setAutoPay(paid.access, true, testClient());
    await invoiceDueServices(plus(dueAt, -14));

    expect(await sendPaymentReminders(plus(dueAt, 8))).toEqual({ sent: 1, passedOver: 2, failed: 0 });
    expect((await emailsOf(late.account.id, "payment-reminder")).map((email) => email.subject)).toEqual([expect.stringMatching(/^Second reminder/)]);
    expect(await emailsOf(paid.account.id, "payment-reminder")).toEqual([]);
    expect(await db.invoiceReminder.findMany({ where: { invoice: { accountId: late.account.id } }, select: { kind: true, sentAt: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "DUE_SOON", sentAt: null },
      { kind: "OVERDUE", sentAt: null },
      { kind: "OVERDUE_AGAIN", sentAt: plus(dueAt, 8) },
    ]);
  });
});

describe("every job at once, twice, from one process", () => {
  it("issues, suspends and reminds nothing twice when the same jobs run concurrently", async () => {
    const dueAt = at("2028-05-01T00:00:00Z");
    const accounts = await Promise.all([0, 1, 2].map(() => accountWithService(dueAt)));
    const issueAt = plus(dueAt, -14);
    await Promise.all([invoiceDueServices(issueAt), invoiceDueServices(issueAt), invoiceDueServices(issueAt)]);
    for (const { account, service } of accounts) {
      expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(1);
      expect(await periodLinesOf(service.id)).toHaveLength(1);
    }
    const lateAt = plus(dueAt, 8);
    await Promise.all([suspendUnpaidServices(lateAt), suspendUnpaidServices(lateAt), sendPaymentReminders(lateAt), sendPaymentReminders(lateAt)]);
    for (const { account, service } of accounts) {
      expect(await emailsOf(account.id, "service-suspended-unpaid")).toHaveLength(1);
      expect(await emailsOf(account.id, "payment-reminder")).toHaveLength(1);
      expect(await db.activityEvent.count({ where: { subjectId: service.id, kind: "service.suspended" } })).toBe(1);
    }
  });
});
