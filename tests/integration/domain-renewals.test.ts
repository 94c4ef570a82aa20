/**
 * Domain renewals (lib/domains/renewals): a member renews by hand through the domain page's
 * actions (an invoice priced from the catalog, then paid in place), paid renewals are applied
 * once at the demo registrar (run twice and concurrently), a refusal is kept and told once, and
 * auto-renewing domains are invoiced once before expiry on a moved clock. The request's user,
 * headers and translations are stood in for; the database is real.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { DEMO_EXTENSIONS } from "@/lib/catalog/demo-catalog";
import { domainPrice } from "@/lib/catalog/prices";
import { writeCatalog } from "@/lib/catalog/write-catalog";
import { applyPaidDomainRenewals } from "@/lib/domains/renewals/apply-paid-renewals";
import { invoiceDomainAutoRenewals } from "@/lib/domains/renewals/invoice-auto-renewals";
import { addYears } from "@/lib/domains/renewals/renewal-years";
import { translatorFor } from "@/lib/i18n/messages";
import { payInvoices } from "@/lib/invoices/pay-invoices";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { accessFor, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createDomain, registryRecord } from "../factories/domains";
import { saveCard } from "../factories/invoices";
import { createTestSession } from "../factories/sessions";
import { expectUnchanged, form } from "../support/action-form";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.61" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const actions = await import("@/app/(app)/accounts/[accountId]/domains/actions");
const invoiceActions = await import("@/app/(app)/accounts/[accountId]/invoices/actions");
const t = translatorFor("en");
const DAY_MS = 24 * 60 * 60 * 1000;

/** A job run in a process of its own (another app instance), on this file's database. */
async function runInOtherProcess(job: "applied" | "autoRenew", now: Date): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "./scripts/lib/allow-server-only.mjs", "--import", "tsx", "tests/support/domain-renewal-job-process.ts", job, now.toISOString()],
    { env: { ...process.env }, timeout: 120_000 },
  );
  return JSON.parse(stdout);
}

const comName = (label = "renew") => `${label}-${randomBytes(5).toString("hex")}.com`;

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
  const junior = await addMember(account.id, { builtInProfile: "JUNIOR_TECHNICIAN" });
  const ownerAccess = await accessFor(owner, account.id);
  const card = await saveCard(ownerAccess);
  return { account, owner, technician, junior, card, signedInOwner: currentUser(owner, await createTestSession(owner.id)) };
}

type Tenant = Awaited<ReturnType<typeof createTenant>>;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  // The demo extensions and their prices, as the seed writes them (ensureDemoCatalog also writes
  // every plan, in a transaction that outlives Prisma's 5 s default on a loaded machine).
  await db.$transaction((tx) => writeCatalog(tx, { extensions: DEMO_EXTENSIONS }), { timeout: 60_000 });
  await createWebhookEndpoint({ url: "https://hooks.example.com/renewals", events: [...WEBHOOK_EVENT_TYPES] });
  a = await createTenant();
  b = await createTenant();
});

beforeEach(() => {
  signedIn = a.signedInOwner;
});

const renew = (domainId: string, years: string, accountId = a.account.id) => actions.renewDomainAction(initialActionResult, form({ accountId, domainId, years }));
const pay = (invoiceId: string, methodId = a.card.id, accountId = a.account.id) => invoiceActions.payInvoicesAction(initialActionResult, form({ accountId, invoiceIds: invoiceId, methodId }));

/** Everything renewing could write, across all accounts. */
async function renewalWrites() {
  const [invoices, lines, domains, registry, activity, emails, deliveries] = await Promise.all([
    db.invoice.count(),
    db.invoiceLine.findMany({ orderBy: { id: "asc" }, select: { id: true, fulfilledAt: true } }),
    db.domain.findMany({ orderBy: { id: "asc" }, select: { id: true, expiresAt: true } }),
    db.demoRegistrarDomain.findMany({ orderBy: { name: "asc" }, select: { name: true, expiresAt: true } }),
    db.activityEvent.count(),
    db.emailMessage.count(),
    db.webhookDelivery.count(),
  ]);
  return { invoices, lines, domains, registry, activity, emails, deliveries };
}
const expectNothingWritten = <T>(attempt: () => Promise<T>) => expectUnchanged(renewalWrites, attempt);

const renewalLines = (domainId: string) => db.invoiceLine.findMany({ where: { domainId, purpose: "DOMAIN_RENEWAL" }, include: { invoice: true }, orderBy: { id: "asc" } });
const deliveriesOf = (type: string, domainId: string) => db.webhookDelivery.findMany({ where: { type, payload: { path: ["data", "domainId"], equals: domainId } } });

describe("renewing by hand", () => {
  it("issues one invoice with one DOMAIN_RENEWAL line at the catalog's renewal price for those years, in the account's currency", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    const result = await renew(domain.id, "2");
    expect(result).toMatchObject({ ok: true, data: { created: true, paid: false } });

    const expected = await domainPrice(db, { name: domain.name, operation: "renew", years: 2, currency: "EUR" });
    const oneYear = await domainPrice(db, { name: domain.name, operation: "renew", years: 1, currency: "EUR" });
    expect(expected).toBe(2 * oneYear!);
    const [line] = await renewalLines(domain.id);
    expect(line).toMatchObject({ years: 2, quantity: 1, unitPriceMinor: expected, amountMinor: expected, fulfilledAt: null, description: `Renewal of ${domain.name} for 2 years` });
    expect(line!.invoice).toMatchObject({ accountId: a.account.id, status: "UNPAID", currency: "EUR", subtotalMinor: expected });
    // Issued as every invoice is: the invoice email, the invoice.issued webhook, and the member's action in the log.
    expect(await db.emailMessage.count({ where: { template: "invoice-issued", accountId: a.account.id, subject: { contains: line!.invoice.number } } })).toBeGreaterThan(0);
    expect(await db.webhookDelivery.count({ where: { type: "invoice.issued", payload: { path: ["data", "invoiceId"], equals: line!.invoiceId } } })).toBe(1);
    expect(await db.activityEvent.findFirst({ where: { kind: "domain.renewal_ordered", subjectId: domain.id } })).toMatchObject({ actorId: a.owner.id, details: { domain: domain.name, years: 2, number: line!.invoice.number } });
  });

  it("never issues a second invoice while one is open: a second Renew, even two at once, gets the open one back", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    const [first, second] = await Promise.all([renew(domain.id, "1"), renew(domain.id, "3")]);
    expect([first, second].every((r) => r.ok)).toBe(true);
    const again = await renew(domain.id, "2");
    const lines = await renewalLines(domain.id);
    expect(lines).toHaveLength(1);
    const ids = [first, second, again].map((r) => (r.ok ? r.data.invoiceId : null));
    expect(new Set(ids)).toEqual(new Set([lines[0]!.invoiceId]));
    expect(again).toMatchObject({ ok: true, data: { created: false } });
  });

  it("paid in place, the registrar renews at once: the expiry moves by the years, the line is fulfilled, and the account hears of it", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    const issued = await renew(domain.id, "2");
    if (!issued.ok) throw new Error(issued.error);
    const paid = await pay(issued.data.invoiceId);
    expect(paid).toMatchObject({ ok: true });

    const after = await db.domain.findUniqueOrThrow({ where: { id: domain.id } });
    expect(after.expiresAt).toEqual(addYears(domain.expiresAt, 2));
    expect((await registryRecord(domain.name)).expiresAt).toEqual(after.expiresAt);
    const [line] = await renewalLines(domain.id);
    expect(line!.fulfilledAt).not.toBeNull();
    expect(await db.activityEvent.count({ where: { kind: "domain.renewed", subjectId: domain.id, actorId: null } })).toBe(1);
    expect(await deliveriesOf("domain.renewed", domain.id)).toMatchObject([{ payload: { data: { years: 2, expiresAt: after.expiresAt.toISOString(), invoiceId: issued.data.invoiceId } } }]);
    expect(await db.emailMessage.count({ where: { template: "domain-renewed", accountId: a.account.id, subject: { contains: `${domain.name} has been renewed` } } })).toBeGreaterThan(0);
    // Renewed: a new Renew is possible again, for a new invoice.
    expect(await renew(domain.id, "1")).toMatchObject({ ok: true, data: { created: true } });
  });

  it("refuses more years than the registry's ten years ahead, with a clear message on the field, nothing written", async () => {
    // Eight years and a month ahead: one more year fits under ten, two do not.
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 365 * 8 + 30, autoRenew: false });
    const result = await expectNothingWritten(() => renew(domain.id, "2"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { years: [t("errors.domainRenewalTooManyYears", { domain: domain.name, max: 1 })] } });
    expect(result.ok ? null : result.fieldErrors?.years?.[0]).toContain("at most 1 more year");
  });

  it("refuses years outside 1 to 10, or not a number, with the form's message, nothing written", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    for (const years of ["0", "11", "two", "1.5", ""]) {
      const result = await expectNothingWritten(() => renew(domain.id, years));
      expect(result).toMatchObject({ ok: false, fieldErrors: { years: [t("validation.renewalYears")] } });
    }
  });

  it("another account's domain is not found, nothing written", async () => {
    const theirs = await createDomain(b.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    const result = await expectNothingWritten(() => renew(theirs.id, "1"));
    expect(result).toMatchObject({ ok: false, error: t("errors.notFound") });
    // Naming the other account in the form does not help: the member is not in it.
    expect(await expectNothingWritten(() => renew(theirs.id, "1", b.account.id))).toMatchObject({ ok: false });
  });

  it("a member without domains.order (a Junior technician) is refused, nothing written; a Technician renews but cannot pay", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 12, autoRenew: false });
    signedIn = currentUser(a.junior.user, await createTestSession(a.junior.user.id));
    expect(await expectNothingWritten(() => renew(domain.id, "1"))).toMatchObject({ ok: false, error: t("errors.forbidden") });

    signedIn = currentUser(a.technician.user, await createTestSession(a.technician.user.id));
    const issued = await renew(domain.id, "1");
    expect(issued).toMatchObject({ ok: true, data: { created: true } });
    if (!issued.ok) return;
    // Paying is invoices.pay, which a Technician does not hold: the invoice stays open for the billing members.
    expect(await expectNothingWritten(() => pay(issued.data.invoiceId))).toMatchObject({ ok: false, error: t("errors.forbidden") });
  });
});

/** A renewal invoice issued and paid through the libraries, without the in-place apply step. */
async function paidRenewal(tenant: Tenant, domainId: string, years: number) {
  signedIn = tenant.signedInOwner;
  const issued = await renew(domainId, String(years), tenant.account.id);
  if (!issued.ok) throw new Error(issued.error);
  await payInvoices({ accountId: tenant.account.id, userId: tenant.owner.id, client: null }, { invoiceIds: [issued.data.invoiceId], card: { methodId: tenant.card.id } });
  return issued.data.invoiceId;
}

describe("applying paid renewals at the registrar (applyPaidDomainRenewals)", () => {
  it("renews exactly once, run twice at once and then again", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 40, autoRenew: false });
    const invoiceId = await paidRenewal(a, domain.id, 3);
    const now = new Date();
    const runs = await Promise.all([applyPaidDomainRenewals({ now }), applyPaidDomainRenewals({ now }), applyPaidDomainRenewals({ now, invoiceIds: [invoiceId] })]);
    await applyPaidDomainRenewals({ now });
    expect(runs.reduce((sum, run) => sum + run.renewed, 0)).toBeGreaterThanOrEqual(1);
    const after = await db.domain.findUniqueOrThrow({ where: { id: domain.id } });
    expect(after.expiresAt).toEqual(addYears(domain.expiresAt, 3));
    expect((await registryRecord(domain.name)).expiresAt).toEqual(addYears(domain.expiresAt, 3));
    expect(await db.activityEvent.count({ where: { kind: "domain.renewed", subjectId: domain.id } })).toBe(1);
    expect(await deliveriesOf("domain.renewed", domain.id)).toHaveLength(1);
  });

  it("renews exactly once when two processes run the job at the same moment", async () => {
    const domain = await createDomain(a.account.id, { name: comName("two"), expiresInDays: 40, autoRenew: false });
    await paidRenewal(a, domain.id, 2);
    const now = new Date();
    await Promise.all([runInOtherProcess("applied", now), runInOtherProcess("applied", now)]);
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).expiresAt).toEqual(addYears(domain.expiresAt, 2));
    expect(await db.activityEvent.count({ where: { kind: "domain.renewed", subjectId: domain.id } })).toBe(1);
  }, 180_000);

  it("leaves an unpaid renewal alone", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 40, autoRenew: false });
    const issued = await renew(domain.id, "1");
    expect(issued.ok).toBe(true);
    await applyPaidDomainRenewals();
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).expiresAt).toEqual(domain.expiresAt);
    expect((await renewalLines(domain.id))[0]!.fulfilledAt).toBeNull();
  });

  it("a registrar refusal keeps the line unfulfilled with its reason, tells the provider once, and retries a day later", async () => {
    const domain = await createDomain(a.account.id, { name: comName(), expiresInDays: 40, autoRenew: false });
    const invoiceId = await paidRenewal(a, domain.id, 1);
    // The registrar no longer holds the name (moved away behind our back): it refuses to renew it.
    await db.demoRegistrarDomain.delete({ where: { name: domain.name } });
    const now = new Date();
    expect(await applyPaidDomainRenewals({ now, invoiceIds: [invoiceId] })).toEqual({ renewed: 0, refused: 1, failed: 0 });
    const [line] = await renewalLines(domain.id);
    expect(line!.fulfilledAt).toBeNull();
    expect(await db.domainRenewalRefusal.findUniqueOrThrow({ where: { invoiceLineId: line!.id } })).toMatchObject({ code: "registrarUnknownDomain", domainId: domain.id });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).expiresAt).toEqual(domain.expiresAt);
    expect(await deliveriesOf("domain.renewal_failed", domain.id)).toMatchObject([{ payload: { data: { reason: "registrarUnknownDomain", invoiceId } } }]);

    // Not tried again on every run; a day later it is, and the provider is not told twice.
    expect(await applyPaidDomainRenewals({ now: new Date(now.getTime() + 60_000), invoiceIds: [invoiceId] })).toEqual({ renewed: 0, refused: 0, failed: 0 });
    expect(await applyPaidDomainRenewals({ now: new Date(now.getTime() + DAY_MS + 60_000), invoiceIds: [invoiceId] })).toEqual({ renewed: 0, refused: 1, failed: 0 });
    expect(await db.activityEvent.count({ where: { kind: "domain.renewal_refused", subjectId: domain.id } })).toBe(1);
    expect(await deliveriesOf("domain.renewal_failed", domain.id)).toHaveLength(1);

    // Once the registrar holds it again, the retry renews it and the refusal is cleared.
    const record = { name: domain.name, expiresAt: domain.expiresAt, locked: true, nameservers: [], registrant: { name: "R", organization: null, email: "r@example.com", country: "ES" } };
    await db.demoRegistrarDomain.create({ data: record });
    expect(await applyPaidDomainRenewals({ now: new Date(now.getTime() + 2 * DAY_MS + 60_000), invoiceIds: [invoiceId] })).toEqual({ renewed: 1, refused: 0, failed: 0 });
    expect(await db.domainRenewalRefusal.count({ where: { invoiceLineId: line!.id } })).toBe(0);
  });
});

describe("auto-renew invoices (invoiceDomainAutoRenewals)", () => {
  it("invoices each auto-renewing domain once before expiry, one invoice per account, on a moved clock, run twice at once and again", async () => {
    const tenant = await createTenant();
    const soon = await createDomain(tenant.account.id, { name: comName("auto"), expiresInDays: 45 });
    const later = await createDomain(tenant.account.id, { name: comName("auto"), expiresInDays: 70 });
    const manual = await createDomain(tenant.account.id, { name: comName("manual"), expiresInDays: 45, autoRenew: false });
    const lines = () => db.invoiceLine.findMany({ where: { purpose: "DOMAIN_RENEWAL", invoice: { accountId: tenant.account.id } }, include: { invoice: true } });

    // Today nothing is within 30 days.
    await invoiceDomainAutoRenewals({ now: new Date() });
    expect(await lines()).toHaveLength(0);

    // Twenty days on, `soon` is 25 days from expiry: one invoice, one 1-year line, however many runs.
    const day20 = new Date(Date.now() + 20 * DAY_MS);
    await Promise.all([invoiceDomainAutoRenewals({ now: day20 }), invoiceDomainAutoRenewals({ now: day20 })]);
    await invoiceDomainAutoRenewals({ now: day20 });
    const first = await lines();
    expect(first).toMatchObject([{ domainId: soon.id, years: 1, unitPriceMinor: await domainPrice(db, { name: soon.name, operation: "renew", years: 1, currency: "EUR" }) }]);
    expect(first[0]!.invoice.status).toBe("UNPAID");

    // Fifty days on, `later` joins; `soon`'s renewal is still on its way, so it gets no second line; `manual` never does.
    const day50 = new Date(Date.now() + 50 * DAY_MS);
    await Promise.all([invoiceDomainAutoRenewals({ now: day50 }), invoiceDomainAutoRenewals({ now: day50 })]);
    const second = await lines();
    expect(second.map((line) => line.domainId).sort()).toEqual([soon.id, later.id].sort());
    expect(new Set(second.map((line) => line.invoiceId)).size).toBe(2);
    expect(second.some((line) => line.domainId === manual.id)).toBe(false);
  });

  it("issues one invoice when two processes run the auto-renew job at the same moment", async () => {
    const tenant = await createTenant();
    const domain = await createDomain(tenant.account.id, { name: comName("twoauto"), expiresInDays: 20 });
    const now = new Date();
    await Promise.all([runInOtherProcess("autoRenew", now), runInOtherProcess("autoRenew", now)]);
    expect(await renewalLines(domain.id)).toHaveLength(1);
  }, 180_000);

  it("with auto-pay on and a default card, charges the invoice at issue and renews the domain", async () => {
    const tenant = await createTenant();
    await db.clientAccount.update({ where: { id: tenant.account.id }, data: { autoPay: true, defaultPaymentMethodId: tenant.card.id } });
    const domain = await createDomain(tenant.account.id, { name: comName("autopay"), expiresInDays: 10 });
    await invoiceDomainAutoRenewals({ now: new Date() });
    const [line] = await renewalLines(domain.id);
    expect(line!.invoice.status).toBe("PAID");
    expect(line!.fulfilledAt).not.toBeNull();
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).expiresAt).toEqual(addYears(domain.expiresAt, 1));
    // Renewed: the next run finds it a year away and issues nothing more.
    await invoiceDomainAutoRenewals({ now: new Date() });
    expect(await renewalLines(domain.id)).toHaveLength(1);
  });
});
