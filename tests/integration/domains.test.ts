/**
 * Domains: every rule of domains.manage through the server actions, called as a form (or a
 * crafted POST) would call them, against the real database. The request's user, headers and
 * translations are stood in for (no Next.js request here).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import { openSecret } from "@/lib/auth/secret-box";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { seedDomains } from "@/prisma/demo/domains";
import { addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { createDomain, registryRecord } from "../factories/domains";
import { createTestSession } from "../factories/sessions";
import { expectUnchanged, form } from "../support/action-form";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.60" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const actions = await import("@/app/(app)/accounts/[accountId]/domains/actions");
const t = translatorFor("en");
const NOT_FOUND = t("errors.notFound");

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const contact = await createContactRow(account.id, { firstName: "Rita", lastName: "Registrant" });
  const domain = await createDomain(account.id, { registrantContactId: contact.id });
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
  const junior = await addMember(account.id, { builtInProfile: "JUNIOR_TECHNICIAN" });
  return { account, owner, contact, domain, technician, junior };
}

type Tenant = Awaited<ReturnType<typeof createTenant>>;
let a: Tenant;
let b: Tenant;
let technicianOfA: CurrentUser;

beforeAll(async () => {
  a = await createTenant();
  b = await createTenant();
  technicianOfA = currentUser(a.technician.user, await createTestSession(a.technician.user.id));
});

beforeEach(() => {
  signedIn = technicianOfA;
});

/** Everything a domain action could write, across all accounts. */
async function domainWrites() {
  const [domains, registry, activity, emails] = await Promise.all([
    db.domain.findMany({ orderBy: { id: "asc" }, select: { id: true, nameservers: true, locked: true, autoRenew: true, registrantContactId: true, updatedAt: true } }),
    // What the registrar holds: a refused change must not reach it either.
    db.demoRegistrarDomain.findMany({ orderBy: { name: "asc" }, select: { name: true, nameservers: true, locked: true, registrant: true, authCode: true, updatedAt: true } }),
    db.activityEvent.count(),
    db.emailMessage.count(),
  ]);
  return { domains, registry, activity, emails };
}

const expectNothingWritten = <T>(attempt: () => Promise<T>) => expectUnchanged(domainWrites, attempt);

const lastEvent = (accountId: string, kind: string) => db.activityEvent.findFirstOrThrow({ where: { accountId, kind }, orderBy: { createdAt: "desc" } });

describe("nameservers", () => {
  const change = (domainId: string, nameservers: string, accountId = a.account.id) => actions.changeNameserversAction(initialActionResult, form({ accountId, domainId, nameservers }));

  it("saves 2 to 13 valid hosts, lower-cased, and logs before and after in the same change", async () => {
    const domain = await createDomain(a.account.id);
    const result = await change(domain.id, "NS1.Nube.example\nns2.nube.example.\n");
    expect(result).toMatchObject({ ok: true, data: { nameservers: ["ns1.nube.example", "ns2.nube.example"] } });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).nameservers).toEqual(["ns1.nube.example", "ns2.nube.example"]);
    expect((await registryRecord(domain.name)).nameservers).toEqual(["ns1.nube.example", "ns2.nube.example"]);
    const event = await lastEvent(a.account.id, "domain.nameservers_changed");
    expect(event).toMatchObject({ actorId: a.technician.user.id, subjectId: domain.id, ip: "203.0.113.60", details: { domain: domain.name, before: ["ns1.factory.example", "ns2.factory.example"], after: ["ns1.nube.example", "ns2.nube.example"] } });

    const thirteen = Array.from({ length: 13 }, (_, i) => `ns${i + 1}.nube.example`);
    expect(await change(domain.id, thirteen.join("\n"))).toMatchObject({ ok: true, data: { nameservers: thirteen } });
  });

  it("refuses an invalid host naming its line, 1 and 14 hosts, and duplicates; nothing is written", async () => {
    const cases: [string, string][] = [
      ["ns1.nube.example\nns_2.nube.example", "Line 2: “ns_2.nube.example” is not a valid host name."],
      ["ns1.nube.example\n-ns2.nube.example", "Line 2: “-ns2.nube.example” is not a valid host name."],
      ["localhost\nns2.nube.example", "Line 1: “localhost” is not a valid host name."],
      ["ns1.nube.example", "Enter at least 2 nameservers, one per line."],
      [Array.from({ length: 14 }, (_, i) => `ns${i + 1}.nube.example`).join("\n"), "Enter at most 13 nameservers (14 were given)."],
      ["ns1.nube.example\nns2.nube.example\nNS1.nube.example", "Line 3: “ns1.nube.example” is already in the list."],
    ];
    for (const [nameservers, message] of cases) {
      const result = await expectNothingWritten(() => change(a.domain.id, nameservers));
      expect(result.ok, nameservers).toBe(false);
      expect(result.error, nameservers).toContain(message);
      // What was typed comes back, for the member to fix the line.
      expect(result.values?.nameservers).toBe(nameservers);
    }
  });

  it("an oversized field is a field message, nothing written", async () => {
    const result = await expectNothingWritten(() => change(a.domain.id, "a".repeat(4_001)));
    expect(result).toMatchObject({ ok: false, fieldErrors: { nameservers: [t("validation.tooLong")] } });
  });
});

describe("lock, auto-renew and registrant", () => {
  it("unlocks and locks, each logged; asking for the current state writes nothing", async () => {
    const domain = await createDomain(a.account.id, { locked: true });
    expect(await actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "locked", on: "false" }))).toMatchObject({ ok: true, data: { setting: "locked", on: false } });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).locked).toBe(false);
    expect((await registryRecord(domain.name)).locked).toBe(false);
    expect(await lastEvent(a.account.id, "domain.lock_changed")).toMatchObject({ subjectId: domain.id, details: { domain: domain.name, locked: false } });
    await expectNothingWritten(() => actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "locked", on: "false" })));
    await actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "locked", on: "true" }));
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).locked).toBe(true);
    expect((await registryRecord(domain.name)).locked).toBe(true);
    // Only the two switches: a forged setting name never reaches the update.
    const forged = await expectNothingWritten(() => actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "transferCode", on: "true" })));
    expect(forged).toMatchObject({ ok: false, fieldErrors: { setting: [t("validation.invalid")] } });
  });

  it("turns auto-renew off, logged", async () => {
    const domain = await createDomain(a.account.id, { autoRenew: true });
    expect(await actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "autoRenew", on: "false" }))).toMatchObject({ ok: true });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).autoRenew).toBe(false);
    expect(await lastEvent(a.account.id, "domain.auto_renew_changed")).toMatchObject({ subjectId: domain.id, details: { autoRenew: false } });
  });

  it("makes another contact of the same account the registrant, logged with both names", async () => {
    const domain = await createDomain(a.account.id, { registrantContactId: a.contact.id });
    const next = await createContactRow(a.account.id, { firstName: "Nils", lastName: "Next" });
    expect(await actions.changeRegistrantAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, contactId: next.id }))).toMatchObject({ ok: true });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).registrantContactId).toBe(next.id);
    expect((await registryRecord(domain.name)).registrant).toEqual({ name: "Nils Next", organization: next.company, email: next.email, country: next.country });
    expect(await lastEvent(a.account.id, "domain.registrant_changed")).toMatchObject({ subjectId: domain.id, details: { before: "Rita Registrant", after: "Nils Next" } });
  });

  it("a change the registrar refuses (it does not hold the domain) is said plainly, and nothing is written here either", async () => {
    const domain = await createDomain(a.account.id, { locked: true });
    await db.demoRegistrarDomain.delete({ where: { name: domain.name } });
    const refusal = t("errors.registrarUnknownDomain", { domain: domain.name });
    expect(await expectNothingWritten(() => actions.changeNameserversAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, nameservers: "ns1.nube.example\nns2.nube.example" })))).toMatchObject({ ok: false, error: refusal });
    expect(await expectNothingWritten(() => actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "locked", on: "false" })))).toMatchObject({ ok: false, error: refusal });
    expect(await expectNothingWritten(() => actions.changeRegistrantAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, contactId: a.contact.id })))).toMatchObject({ ok: false, error: refusal });
    // Auto-renew is the client area's own (billing): the registrar is not asked.
    expect(await actions.setDomainSwitchAction(initialActionResult, form({ accountId: a.account.id, domainId: domain.id, setting: "autoRenew", on: "false" }))).toMatchObject({ ok: true });
  });

  it("refuses a contact of another account as registrant: not found, nothing written", async () => {
    const result = await expectNothingWritten(() => actions.changeRegistrantAction(initialActionResult, form({ accountId: a.account.id, domainId: a.domain.id, contactId: b.contact.id })));
    expect(result).toMatchObject({ ok: false, error: NOT_FOUND });
    expect((await db.domain.findUniqueOrThrow({ where: { id: a.domain.id } })).registrantContactId).toBe(a.contact.id);
  });

  it("refuses a registrant that is no contact id at all with a field message", async () => {
    const result = await expectNothingWritten(() => actions.changeRegistrantAction(initialActionResult, form({ accountId: a.account.id, domainId: a.domain.id, contactId: "" })));
    expect(result).toMatchObject({ ok: false, fieldErrors: { contactId: ["Choose a contact as registrant."] } });
  });
});

describe("the transfer code", () => {
  const reveal = (domainId: string) => actions.revealTransferCodeAction(initialActionResult, form({ accountId: a.account.id, domainId }));

  it("is made by the registrar on the first reveal, kept encrypted there, the same on the next reveal, and every reveal is logged without the code", async () => {
    const domain = await createDomain(a.account.id, { locked: false });
    const first = await reveal(domain.id);
    if (!first.ok) throw new Error(first.error);
    const code = first.data.transferCode;
    expect(code).toMatch(/^[A-Za-z0-9+!-]{16}$/);

    const stored = (await registryRecord(domain.name)).authCode!;
    expect(stored).not.toContain(code);
    expect(stored.startsWith("v1.")).toBe(true);
    expect(openSecret(stored)).toBe(code);

    expect(await reveal(domain.id)).toMatchObject({ ok: true, data: { transferCode: code } });
    const events = await db.activityEvent.findMany({ where: { accountId: a.account.id, kind: "domain.transfer_code_revealed", subjectId: domain.id } });
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.actorId === a.technician.user.id && !JSON.stringify(event.details).includes(code))).toBe(true);
  });

  it("is refused while the domain is locked (registrars refuse the transfer): unlock first; nothing written", async () => {
    const domain = await createDomain(a.account.id, { locked: true });
    const result = await expectNothingWritten(() => reveal(domain.id));
    expect(result).toMatchObject({ ok: false, error: `${domain.name} is locked. Unlock it first: registrars refuse transfers of a locked domain.` });
    expect((await registryRecord(domain.name)).authCode).toBeNull();
  });
});

describe("domains that are no longer registered here", () => {
  it.each(["EXPIRED", "CANCELLED", "TRANSFERRED_AWAY"] as const)("%s: every change is refused with the status named, nothing written", async (status) => {
    const domain = await createDomain(a.account.id, { status, locked: false });
    const fields = { accountId: a.account.id, domainId: domain.id };
    const attempts: (() => Promise<unknown>)[] = [
      () => actions.changeNameserversAction(initialActionResult, form({ ...fields, nameservers: "ns1.nube.example\nns2.nube.example" })),
      () => actions.setDomainSwitchAction(initialActionResult, form({ ...fields, setting: "locked", on: "true" })),
      () => actions.setDomainSwitchAction(initialActionResult, form({ ...fields, setting: "autoRenew", on: "false" })),
      () => actions.changeRegistrantAction(initialActionResult, form({ ...fields, contactId: a.contact.id })),
      () => actions.revealTransferCodeAction(initialActionResult, form(fields)),
    ];
    for (const attempt of attempts) {
      const result = await expectNothingWritten(attempt);
      expect(result).toMatchObject({ ok: false, error: t(`errors.domainNotManageable.${status}`, { domain: domain.name }) });
    }
  });
});

describe("cross-tenant and permissions: actions called directly with forged ids", () => {
  it("every action on B's domain, from A, is not found and writes nothing", async () => {
    await db.domain.update({ where: { id: b.domain.id }, data: { locked: false } });
    const fields = { accountId: a.account.id, domainId: b.domain.id };
    const attempts: (() => Promise<unknown>)[] = [
      () => actions.changeNameserversAction(initialActionResult, form({ ...fields, nameservers: "ns1.evil.example\nns2.evil.example" })),
      () => actions.setDomainSwitchAction(initialActionResult, form({ ...fields, setting: "locked", on: "true" })),
      () => actions.setDomainSwitchAction(initialActionResult, form({ ...fields, setting: "autoRenew", on: "false" })),
      () => actions.changeRegistrantAction(initialActionResult, form({ ...fields, contactId: a.contact.id })),
      () => actions.revealTransferCodeAction(initialActionResult, form(fields)),
    ];
    for (const attempt of attempts) expect(await expectNothingWritten(attempt)).toMatchObject({ ok: false, error: NOT_FOUND });
    // Naming B's account in the form: A's technician is no member there.
    const named = await expectNothingWritten(() => actions.revealTransferCodeAction(initialActionResult, form({ accountId: b.account.id, domainId: b.domain.id })));
    expect(named).toMatchObject({ ok: false, error: NOT_FOUND });
    expect((await registryRecord(b.domain.name)).authCode).toBeNull();
  });

  it("a Junior technician (domains.view only) may change nothing: forbidden, nothing written", async () => {
    signedIn = currentUser(a.junior.user, await createTestSession(a.junior.user.id));
    const result = await expectNothingWritten(() => actions.changeNameserversAction(initialActionResult, form({ accountId: a.account.id, domainId: a.domain.id, nameservers: "ns1.nube.example\nns2.nube.example" })));
    expect(result).toMatchObject({ ok: false, error: t("errors.forbidden") });
  });
});

describe("the demo seed", () => {
  it("gives an account domains of its services and its own, mixed expiry, registrants among its contacts, valid nameservers", async () => {
    const { account, owner } = await createAccountWithOwner();
    const contact = await createContactRow(account.id);
    await db.service.create({ data: { accountId: account.id, kind: "WEB_HOSTING", productName: "Web", domain: `svc-${account.id.slice(0, 8)}.example`, server: "web1", billingCycle: "MONTHLY", priceMinor: 100, currency: "EUR", panelRef: account.id } });
    const now = new Date();
    await seedDomains({ db, accountId: account.id, index: 1, legalName: `Seed ${account.id}`, currency: "EUR", country: "ES", ownerId: owner.id, memberIds: new Map(), contactIds: new Map([[contact.email, contact.id]]), now });

    const domains = await db.domain.findMany({ where: { accountId: account.id } });
    expect(domains.length).toBeGreaterThanOrEqual(5);
    expect(domains.map((d) => d.name)).toContain(`svc-${account.id.slice(0, 8)}.example`);
    const days = domains.map((d) => (d.expiresAt.getTime() - now.getTime()) / 86_400_000);
    expect(days.some((d) => d > 0 && d < 30)).toBe(true);
    expect(domains.some((d) => d.status === "EXPIRED" && d.expiresAt < now)).toBe(true);
    expect(domains.every((d) => d.registrantContactId === contact.id)).toBe(true);
    expect(domains.every((d) => d.nameservers.length >= 2 && d.nameservers.every((ns) => /^ns\d\.[a-z]+\.example$/.test(ns)))).toBe(true);
  });
});
