/**
 * Upgrades from the catalog: a member chooses a higher plan, an invoice for the prorated
 * difference is issued (the service stays as it is), and once it is paid the job moves the
 * service to the plan exactly once. Server actions are called as a form would call them; the
 * request's user, headers and translations are stood in for; the database is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { applyPaidUpgrades } from "@/lib/services/upgrades/apply-paid-upgrades";
import { orderUpgrade } from "@/lib/services/upgrades/order-upgrade";
import { upgradeTargets } from "@/lib/services/upgrades/upgrade-targets";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { webhookEnvelopeSchema } from "@/lib/webhooks/events";
import { accessFor, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { ensureDemoCatalog } from "../factories/catalog";
import { saveCard } from "../factories/invoices";
import { createTestService } from "../factories/services";
import { createTestSession, testClient } from "../factories/sessions";
import { expectUnchanged, form } from "../support/action-form";
import { serviceWrites } from "../support/service-writes";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.61" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const serviceActions = await import("@/app/(app)/accounts/[accountId]/services/actions");
const invoiceActions = await import("@/app/(app)/accounts/[accountId]/invoices/actions");

const t = translatorFor("en");
type ActionResult = { ok: boolean; data?: unknown; error?: string; fieldErrors?: Record<string, string[]> };
const call = (action: unknown, fields: Record<string, string>) => (action as (previous: typeof initialActionResult, data: FormData) => Promise<ActionResult>)(initialActionResult, form(fields));
const nothingWritten = <T>(attempt: () => Promise<T>) => expectUnchanged(serviceWrites, attempt);

const plan = async (slug: string) => db.product.findUniqueOrThrow({ where: { slug } });
/** 16 April: 15 of April's 30 days are left of a period that renews on 1 May. */
const NOW = new Date("2026-04-16T10:00:00Z");
const RENEWS = new Date("2026-05-01T00:00:00Z");

async function tenant() {
  const { account, owner } = await createAccountWithOwner();
  const vps = await createTestService(account.id, { kind: "VPS", productName: "VPS S" });
  await db.service.update({ where: { id: vps.id }, data: { nextDueAt: RENEWS } });
  return { account, owner, vps: { ...vps, nextDueAt: RENEWS } };
}

beforeAll(async () => {
  await ensureDemoCatalog();
  await createWebhookEndpoint({ url: "https://hooks.example.com/upgrades", events: ["service.upgraded"] });
});

beforeEach(() => {
  signedIn = null;
});

describe("the plans a service may move to", () => {
  it("are the catalog's higher tiers of its kind, sold and priced in its cycle and currency, with what moving now costs", async () => {
    const { vps } = await tenant();
    const [m, l] = [await plan("vps-m"), await plan("vps-l")];
    expect(await upgradeTargets(db, vps, NOW)).toEqual([
      { productId: m.id, name: "VPS M", tier: 2, priceMinor: 2499, dueNowMinor: 600 },
      { productId: l.id, name: "VPS L", tier: 3, priceMinor: 4999, dueNowMinor: 1850 },
    ]);
    // Not sold any more, or not priced in the service's currency: not offered.
    await db.product.update({ where: { id: l.id }, data: { sold: false } });
    await db.productPrice.delete({ where: { productId_cycle_currency: { productId: m.id, cycle: "MONTHLY", currency: "EUR" } } });
    expect(await upgradeTargets(db, vps, NOW)).toEqual([]);
    await ensureDemoCatalog();
    // The highest plan, and a custom deal outside the catalog, have nowhere to go.
    expect(await upgradeTargets(db, { ...vps, productId: l.id, productName: "VPS L" }, NOW)).toEqual([]);
    expect(await upgradeTargets(db, { ...vps, productId: null, productName: "Custom rack" }, NOW)).toEqual([]);
  });
});

describe("ordering an upgrade", () => {
  it("issues an invoice with the prorated difference and leaves the service as it is until it is paid", async () => {
    const { account, owner, vps } = await tenant();
    const m = await plan("vps-m");
    const { invoiceId } = await orderUpgrade({ accountId: account.id, userId: owner.id, client: testClient() }, vps.id, m.id, NOW);
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
    expect(invoice).toMatchObject({ accountId: account.id, status: "UNPAID", subtotalMinor: 600, currency: "EUR" });
    expect(invoice.lines).toEqual([
      expect.objectContaining({ purpose: "SERVICE_UPGRADE", serviceId: vps.id, targetProductId: m.id, quantity: 1, unitPriceMinor: 600, amountMinor: 600, periodStart: NOW, periodEnd: RENEWS, fulfilledAt: null }),
    ]);
    expect(invoice.lines[0]!.description).toContain("VPS M");
    expect(await db.service.findUniqueOrThrow({ where: { id: vps.id } })).toMatchObject({ productName: "VPS S", cpuCores: 2, priceMinor: vps.priceMinor });
    expect(await db.activityEvent.count({ where: { kind: "service.upgrade_ordered", subjectId: vps.id } })).toBe(1);

    // Not paid: the job leaves it alone.
    expect(await applyPaidUpgrades({ now: NOW })).toMatchObject({ applied: 0 });
    expect((await db.service.findUniqueOrThrow({ where: { id: vps.id } })).productName).toBe("VPS S");
  });

  it("through the member's action: another upgrade while one is unpaid is refused, and so are a lower plan, another kind and a period already over", async () => {
    const { account, owner, vps } = await tenant();
    signedIn = currentUser(owner, await createTestSession(owner.id));
    const fields = (targetProductId: string) => ({ accountId: account.id, serviceId: vps.id, targetProductId });
    for (const slug of ["vps-s", "web-hosting-business"]) {
      expect(await nothingWritten(() => call(serviceActions.orderUpgradeAction, fields(slug)))).toMatchObject({ ok: false, error: t("errors.upgradeTargetInvalid") });
      expect(await nothingWritten(async () => call(serviceActions.orderUpgradeAction, fields((await plan(slug)).id)))).toMatchObject({ ok: false, error: t("errors.upgradeTargetInvalid") });
    }
    await db.service.update({ where: { id: vps.id }, data: { nextDueAt: new Date(Date.now() - 86_400_000) } });
    expect(await nothingWritten(async () => call(serviceActions.orderUpgradeAction, fields((await plan("vps-m")).id)))).toMatchObject({ ok: false, error: t("errors.upgradePeriodOver") });
    await db.service.update({ where: { id: vps.id }, data: { nextDueAt: new Date(Date.now() + 10 * 86_400_000) } });

    const both = await Promise.all([call(serviceActions.orderUpgradeAction, fields((await plan("vps-m")).id)), call(serviceActions.orderUpgradeAction, fields((await plan("vps-l")).id))]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({ error: t("errors.upgradeInvoiceOpen") });
    expect(await db.invoiceLine.count({ where: { serviceId: vps.id, purpose: "SERVICE_UPGRADE" } })).toBe(1);
  });

  it("needs services.order, and another account's service is not found, nothing written", async () => {
    const a = await tenant();
    const b = await tenant();
    const m = await plan("vps-m");
    signedIn = currentUser(a.owner, await createTestSession(a.owner.id));
    for (const [accountId, serviceId] of [[a.account.id, b.vps.id], [b.account.id, b.vps.id]] as const) {
      expect(await nothingWritten(() => call(serviceActions.orderUpgradeAction, { accountId, serviceId, targetProductId: m.id }))).toMatchObject({ ok: false, error: t("errors.notFound") });
    }
    const billing = await addMember(a.account.id, { builtInProfile: "BILLING" });
    signedIn = currentUser(billing.user, await createTestSession(billing.user.id));
    const refused = await nothingWritten(() => call(serviceActions.orderUpgradeAction, { accountId: a.account.id, serviceId: a.vps.id, targetProductId: m.id }));
    expect(refused.ok).toBe(false);
  });
});

describe("a paid upgrade", () => {
  it("moves the service to the plan once, however often and however concurrently the job runs", async () => {
    const { account, owner, vps } = await tenant();
    const m = await plan("vps-m");
    const { invoiceId } = await orderUpgrade({ accountId: account.id, userId: owner.id, client: testClient() }, vps.id, m.id, NOW);
    const card = await saveCard(await accessFor(owner, account.id));
    await payInvoice({ accountId: account.id, userId: owner.id, client: testClient() }, { invoiceId, methodId: card.id });

    const runs = await Promise.all([applyPaidUpgrades({ now: NOW }), applyPaidUpgrades({ now: NOW }), applyPaidUpgrades({ now: NOW, invoiceId })]);
    expect(runs.reduce((sum, run) => sum + run.applied, 0)).toBe(1);
    expect(await applyPaidUpgrades({ now: NOW })).toEqual({ applied: 0, skipped: 0, failed: 0 });

    expect(await db.service.findUniqueOrThrow({ where: { id: vps.id } })).toMatchObject({ productId: m.id, productName: "VPS M", cpuCores: 4, memoryMb: 8192, diskLimitMb: 81_920, priceMinor: 2499 });
    expect((await db.invoiceLine.findFirstOrThrow({ where: { invoiceId } })).fulfilledAt).toEqual(NOW);
    expect(await db.activityEvent.count({ where: { kind: "service.upgraded", subjectId: vps.id } })).toBe(1);
    const emails = await db.emailMessage.findMany({ where: { accountId: account.id, template: "service-upgraded" } });
    expect(emails.map((email) => [email.to, email.subject])).toEqual([[owner.email, "Your service is now on VPS M"]]);
    const deliveries = await db.webhookDelivery.findMany({ where: { type: "service.upgraded" } });
    const mine = deliveries.map((row) => webhookEnvelopeSchema("service.upgraded").parse(row.payload)).filter((event) => event.data.serviceId === vps.id);
    expect(mine.map((event) => event.data)).toEqual([{ accountId: account.id, serviceId: vps.id, invoiceId, productId: m.id, productName: "VPS M", priceMinor: 2499, currency: "EUR" }]);
  });

  it("is applied at once by the member's pay action, so the next page shows the new plan", async () => {
    const { account, owner, vps } = await tenant();
    signedIn = currentUser(owner, await createTestSession(owner.id));
    const l = await plan("vps-l");
    // The action's clock is the real one: a period that is still running.
    await db.service.update({ where: { id: vps.id }, data: { nextDueAt: new Date(Date.now() + 10 * 86_400_000) } });
    const ordered = await call(serviceActions.orderUpgradeAction, { accountId: account.id, serviceId: vps.id, targetProductId: l.id });
    expect(ordered.ok).toBe(true);
    const { invoiceId } = ordered.data as { invoiceId: string };
    const card = await saveCard(await accessFor(owner, account.id));
    expect((await call(invoiceActions.payInvoiceAction, { accountId: account.id, invoiceId, methodId: card.id })).ok).toBe(true);
    expect(await db.service.findUniqueOrThrow({ where: { id: vps.id } })).toMatchObject({ productId: l.id, productName: "VPS L", cpuCores: 8 });
  });

  it("of a service terminated meanwhile closes the line without touching the service", async () => {
    const { account, owner, vps } = await tenant();
    const m = await plan("vps-m");
    const { invoiceId } = await orderUpgrade({ accountId: account.id, userId: owner.id, client: testClient() }, vps.id, m.id, NOW);
    const card = await saveCard(await accessFor(owner, account.id));
    await payInvoice({ accountId: account.id, userId: owner.id, client: testClient() }, { invoiceId, methodId: card.id });
    await db.service.update({ where: { id: vps.id }, data: { status: "CANCELLED" } });
    expect(await applyPaidUpgrades({ now: NOW, invoiceId })).toEqual({ applied: 0, skipped: 1, failed: 0 });
    expect(await db.service.findUniqueOrThrow({ where: { id: vps.id } })).toMatchObject({ productName: "VPS S" });
    expect(await applyPaidUpgrades({ now: NOW, invoiceId })).toEqual({ applied: 0, skipped: 0, failed: 0 });
  });
});
