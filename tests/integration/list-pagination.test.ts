/**
 * The account area's long lists, page by page as the pages ask for them: every row exactly
 * once and in order (rows sharing a sort key included), search that finds the one row and
 * takes `%` and `_` literally, and tenancy: another account's rows never appear, not even
 * through a cursor made on that account's list. The plans are checked with EXPLAIN on a table
 * big enough for the planner to prefer an index when one fits.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { KeysetPage } from "@/lib/pagination/keyset";
import { listContactsPage } from "@/lib/contacts/list-contacts";
import { findDomainRow, listDomainsPage } from "@/lib/domains/list-domains";
import { listMembersAndInvitations } from "@/lib/members/list-members";
import { listAccountEmailsPage } from "@/lib/notifications/list-account-emails";
import { listServicesPage } from "@/lib/services/list-services";
import { listTicketsPage } from "@/lib/support/list-tickets";
import { createAccountWithOwner } from "../factories/accounts";

type Lister<T> = (cursor: string | undefined) => Promise<KeysetPage<T>>;

/** Every page of a list, following "Next page" until there is none. */
async function allPages<T extends { id: string }>(list: Lister<T>) {
  const pages: T[][] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await list(cursor);
    expect(page.isFirstPage).toBe(cursor === undefined);
    pages.push(page.items);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
  throw new Error("the list never ended");
}

/** The query plan PostgreSQL picks for a statement, as text. */
async function plan(sql: string, ...values: unknown[]) {
  await db.$executeRawUnsafe("ANALYZE");
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...values);
  const text = rows.map((row) => row["QUERY PLAN"]).join("\n");
  if (process.env.SHOW_PLANS) console.log(text);
  return text;
}

async function twoAccounts() {
  const [a, b] = await Promise.all([createAccountWithOwner(), createAccountWithOwner()]);
  return { a: a.account, b: b.account };
}

describe("services", () => {
  const PRODUCTS = ["Web Hosting Pro", "VPS M", "Email Plus"];
  let a: { id: string };
  let b: { id: string };

  const serviceRows = (accountId: string, count: number, name: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => ({
      accountId,
      kind: "WEB_HOSTING" as const,
      productName: name(i),
      domain: `site-${i}-${randomUUID().slice(0, 8)}.example`,
      server: "node1.example",
      billingCycle: "MONTHLY" as const,
      priceMinor: 1000,
      currency: "EUR",
      panelRef: randomUUID(),
    }));

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    // 123 services in A, most sharing one of three product names (ties broken by id), and a few
    // whose names hold the characters LIKE treats as wildcards.
    await db.service.createMany({ data: serviceRows(a.id, 120, (i) => PRODUCTS[i % 3]!) });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Backup 100% uptime") });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Backup 1000 uptime") });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Mail_box plan") });
    await db.service.createMany({ data: serviceRows(b.id, 80, (i) => PRODUCTS[i % 3]!) });
  });

  it("pages of 50 cover every service exactly once, in (product, id) order, with ties on the product", async () => {
    const pages = await allPages((cursor) => listServicesPage(a.id, { cursor }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 23]);
    const ids = pages.flat().map((service) => service.id);
    expect(new Set(ids).size).toBe(123);
    const everything = await db.service.findMany({ where: { accountId: a.id }, orderBy: [{ productName: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids).toEqual(everything.map((service) => service.id));
  });

  it("keeps the kind filter and the search across pages", async () => {
    expect((await allPages((cursor) => listServicesPage(a.id, { cursor, kind: "VPS" }))).flat()).toEqual([]);
    const hosting = (await allPages((cursor) => listServicesPage(a.id, { cursor, search: "web hosting" }))).flat();
    expect(hosting).toHaveLength(40);
    expect(hosting.every((service) => service.productName === "Web Hosting Pro")).toBe(true);
  });

  it("finds one service by product or domain, ignoring case, and takes % and _ literally", async () => {
    const names = async (search: string) => (await listServicesPage(a.id, { search })).items.map((service) => service.productName);
    expect(await names("100%")).toEqual(["Backup 100% uptime"]);
    expect(await names("backup 1000")).toEqual(["Backup 1000 uptime"]);
    expect(await names("l_b")).toEqual(["Mail_box plan"]);
    expect(await names("%")).toEqual(["Backup 100% uptime"]);
    expect(await names("_")).toEqual(["Mail_box plan"]);
    expect(await names("\\")).toEqual([]);
    const one = await db.service.findFirstOrThrow({ where: { accountId: a.id, productName: "VPS M" } });
    expect((await listServicesPage(a.id, { search: one.domain!.toUpperCase() })).items.map((service) => service.id)).toEqual([one.id]);
  });

  it("never shows another account's services, not even through that account's cursor", async () => {
    const theirs = new Set((await db.service.findMany({ where: { accountId: b.id }, select: { id: true } })).map((service) => service.id));
    const mine = (await allPages((cursor) => listServicesPage(a.id, { cursor }))).flat();
    expect(mine.filter((service) => theirs.has(service.id))).toEqual([]);
    const theirCursor = (await listServicesPage(b.id, {})).nextCursor;
    expect(theirCursor).not.toBeNull();
    const page = await listServicesPage(a.id, { cursor: theirCursor! });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.filter((service) => theirs.has(service.id))).toEqual([]);
    expect(await listServicesPage(a.id, { search: "Web", cursor: theirCursor! }).then((p) => p.items.every((service) => !theirs.has(service.id)))).toBe(true);
  });

  it("reads a page through the (accountId, productName, id) index, with no sequential scan", async () => {
    // Enough other tenants' services that reading the whole table would cost more than the index.
    const other = await createAccountWithOwner();
    await db.service.createMany({ data: serviceRows(other.account.id, 5_000, (i) => `Plan ${i % 40}`) });
    // The cursor as the second page gets it: the last row of the first.
    const [serviceAt] = await db.service.findMany({ where: { accountId: a.id }, orderBy: [{ productName: "asc" }, { id: "asc" }], skip: 49, take: 1 });
    const after = await plan(
      `SELECT "id" FROM "Service" WHERE "accountId" = $1::uuid AND "productName" >= $2 AND ("productName" > $2 OR ("productName" = $2 AND "id" > $3::uuid)) ORDER BY "productName" ASC, "id" ASC LIMIT 51`,
      a.id,
      serviceAt!.productName,
      serviceAt!.id,
    );
    expect(after).toContain("Service_accountId_productName_id_idx");
    expect(after).not.toContain("Seq Scan");
    const ofKind = await plan(`SELECT "id" FROM "Service" WHERE "accountId" = $1::uuid AND "kind" = 'VPS' ORDER BY "productName" ASC, "id" ASC LIMIT 51`, a.id);
    expect(ofKind).toContain("Service_accountId_kind_productName_id_idx");
    expect(ofKind).not.toContain("Seq Scan");
  });
});

describe("members and invitations (the users page)", () => {
  /** Every row of one batch shares this instant: only the id orders them. */
  const SAME_INSTANT = new Date("2026-11-30T09:00:00.000Z");
  let a: { id: string; ownerId: string };
  let b: { id: string; ownerId: string };

  async function membersOf(accountId: string, count: number, name: (i: number) => string) {
    const tag = randomUUID().slice(0, 8);
    const users = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `m${i}-${tag}@lists.example`, name: name(i), passwordHash: "x" }));
    await db.user.createMany({ data: users });
    await db.membership.createMany({ data: users.map((user) => ({ accountId, userId: user.id, builtInProfile: "TECHNICIAN" as const, createdAt: SAME_INSTANT })) });
  }

  async function invitationsOf(account: { id: string; ownerId: string }, count: number, status: "PENDING" | "REVOKED" = "PENDING") {
    const tag = randomUUID().slice(0, 8);
    await db.invitation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        accountId: account.id,
        email: `invited-${status.toLowerCase()}-${i}-${tag}@lists.example`,
        builtInProfile: "BILLING" as const,
        invitedById: account.ownerId,
        tokenHash: randomUUID(),
        expiresAt: new Date(Date.now() + 86_400_000),
        status,
        createdAt: SAME_INSTANT,
      })),
    });
  }

  const memberPages = (account: { id: string; ownerId: string }, search?: string) =>
    allPages(async (cursor) => {
      const listed = await listMembersAndInvitations(account, { memberCursor: cursor, search });
      return { items: listed.members, ...listed.memberPages };
    });
  const invitationPages = (account: { id: string; ownerId: string }, search?: string) =>
    allPages(async (cursor) => {
      const listed = await listMembersAndInvitations(account, { invitationCursor: cursor, search });
      return { items: listed.invitations, ...listed.invitationPages };
    });

  beforeAll(async () => {
    const [x, y] = await Promise.all([createAccountWithOwner(), createAccountWithOwner()]);
    a = x.account;
    b = y.account;
    await membersOf(a.id, 58, (i) => `Member ${i}`);
    await membersOf(a.id, 1, () => "Ana 100% Pérez");
    await membersOf(a.id, 1, () => "Juan_Ruiz");
    await membersOf(b.id, 30, (i) => `Member ${i}`);
    await invitationsOf(a, 30);
    await invitationsOf(a, 5, "REVOKED");
    await invitationsOf(b, 30);
  });

  it("pages of 25 cover every member exactly once, the owner first and then oldest first, though 60 joined at the same instant", async () => {
    const pages = await memberPages(a);
    // The owner (who joined last here) heads the first page, on top of its 25.
    expect(pages.map((page) => page.length)).toEqual([26, 25, 10]);
    expect(pages[0]![0]!.userId).toBe(a.ownerId);
    const ids = pages.flat().map((member) => member.id);
    expect(new Set(ids).size).toBe(61);
    const expected = await db.membership.findMany({ where: { accountId: a.id, userId: { not: a.ownerId } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids.slice(1)).toEqual(expected.map((member) => member.id));
  });

  it("pages of 25 cover every pending invitation exactly once, newest first, and no revoked one", async () => {
    const pages = await invitationPages(a);
    expect(pages.map((page) => page.length)).toEqual([25, 5]);
    const emails = pages.flat().map((invitation) => invitation.email);
    expect(new Set(emails).size).toBe(30);
    expect(emails.some((email) => email.includes("revoked"))).toBe(false);
    const expected = await db.invitation.findMany({ where: { accountId: a.id, status: "PENDING" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { email: true } });
    expect(emails).toEqual(expected.map((invitation) => invitation.email));
  });

  it("finds a member by name or email, ignoring case, with % and _ taken literally", async () => {
    const names = async (search: string) => (await listMembersAndInvitations(a, { search })).members.map((member) => member.name);
    expect(await names("100%")).toEqual(["Ana 100% Pérez"]);
    expect(await names("ana 100")).toEqual(["Ana 100% Pérez"]);
    expect(await names("n_r")).toEqual(["Juan_Ruiz"]);
    expect(await names("_")).toEqual(["Juan_Ruiz"]);
    expect(await names("%")).toEqual(["Ana 100% Pérez"]);
    const one = await db.membership.findFirstOrThrow({ where: { accountId: a.id, user: { name: "Member 7" } }, select: { user: { select: { email: true } } } });
    expect(await names(one.user.email.toUpperCase())).toEqual(["Member 7"]);
    expect((await listMembersAndInvitations(a, { search: "invited-pending-3-" })).invitations.map((invitation) => invitation.email)).toHaveLength(1);
    expect(await listMembersAndInvitations(a, { search: null })).toMatchObject({ members: [], invitations: [] });
  });

  it("never shows another account's members or invitations, not even through that account's cursors", async () => {
    const theirMembers = new Set((await db.membership.findMany({ where: { accountId: b.id }, select: { id: true } })).map((m) => m.id));
    const theirInvitations = new Set((await db.invitation.findMany({ where: { accountId: b.id }, select: { id: true } })).map((i) => i.id));
    expect((await memberPages(a)).flat().filter((member) => theirMembers.has(member.id))).toEqual([]);
    expect((await invitationPages(a)).flat().filter((invitation) => theirInvitations.has(invitation.id))).toEqual([]);
    const theirs = await listMembersAndInvitations(b);
    expect(theirs.memberPages.nextCursor).not.toBeNull();
    expect(theirs.invitationPages.nextCursor).not.toBeNull();
    const crossed = await listMembersAndInvitations(a, { memberCursor: theirs.memberPages.nextCursor!, invitationCursor: theirs.invitationPages.nextCursor! });
    expect(crossed.members.filter((member) => theirMembers.has(member.id))).toEqual([]);
    expect(crossed.invitations.filter((invitation) => theirInvitations.has(invitation.id))).toEqual([]);
  });

  it("reads a page of members and of invitations through their (accountId, …, createdAt, id) indexes", async () => {
    const other = await createAccountWithOwner();
    await membersOf(other.account.id, 3_000, (i) => `Crowd ${i}`);
    await invitationsOf(other.account, 3_000);
    // The cursor as the second page gets it: the last row of the first, sharing its instant with the rest.
    const [memberAt] = await db.membership.findMany({ where: { accountId: a.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: 24, take: 1 });
    const [invitationAt] = await db.invitation.findMany({ where: { accountId: a.id, status: "PENDING" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: 24, take: 1 });
    const members = await plan(
      `SELECT "id" FROM "Membership" WHERE "accountId" = $1::uuid AND "userId" <> $4::uuid AND "createdAt" >= $2 AND ("createdAt" > $2 OR ("createdAt" = $2 AND "id" > $3::uuid)) ORDER BY "createdAt" ASC, "id" ASC LIMIT 26`,
      a.id,
      memberAt!.createdAt,
      memberAt!.id,
      a.ownerId,
    );
    expect(members).toContain("Membership_accountId_createdAt_id_idx");
    expect(members).not.toContain("Seq Scan");
    const invitations = await plan(
      `SELECT "id" FROM "Invitation" WHERE "accountId" = $1::uuid AND "status" = 'PENDING' AND "createdAt" <= $2 AND ("createdAt" < $2 OR ("createdAt" = $2 AND "id" < $3::uuid)) ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`,
      a.id,
      invitationAt!.createdAt,
      invitationAt!.id,
    );
    expect(invitations).toContain("Invitation_accountId_status_createdAt_id_idx");
    expect(invitations).not.toContain("Seq Scan");
  });
});

describe("domains", () => {
  /** Many domains share one expiry date: only the id orders them. */
  const SAME_EXPIRY = new Date("2027-03-01T00:00:00.000Z");
  let a: { id: string };
  let b: { id: string };
  const tag = randomUUID().slice(0, 8);

  const domainRows = (accountId: string, count: number, name: (i: number) => string, expiresAt = () => SAME_EXPIRY) =>
    Array.from({ length: count }, (_, i) => ({ accountId, name: name(i), expiresAt: expiresAt() }));

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    await db.domain.createMany({ data: domainRows(a.id, 110, (i) => `site-${i}-${tag}-a.example`) });
    await db.domain.createMany({ data: domainRows(a.id, 5, (i) => `early-${i}-${tag}.example`, () => new Date("2026-12-24T00:00:00.000Z")) });
    await db.domain.createMany({ data: [{ accountId: a.id, name: `per_cent-${tag}.example`, expiresAt: SAME_EXPIRY }] });
    await db.domain.createMany({ data: domainRows(b.id, 60, (i) => `site-${i}-${tag}-b.example`) });
  });

  it("pages of 50 cover every domain exactly once, soonest expiry first, with ties on the date", async () => {
    const pages = await allPages((cursor) => listDomainsPage(a.id, { cursor }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 16]);
    const ids = pages.flat().map((domain) => domain.id);
    expect(new Set(ids).size).toBe(116);
    expect(pages[0]!.slice(0, 5).every((domain) => domain.name.startsWith("early-"))).toBe(true);
    const expected = await db.domain.findMany({ where: { accountId: a.id }, orderBy: [{ expiresAt: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids).toEqual(expected.map((domain) => domain.id));
  });

  it("finds one domain by name, ignoring case, with _ taken literally", async () => {
    const names = async (search: string) => (await listDomainsPage(a.id, { search })).items.map((domain) => domain.name);
    expect(await names(`SITE-7-${tag}`)).toEqual([`site-7-${tag}-a.example`]);
    expect(await names("per_cent")).toEqual([`per_cent-${tag}.example`]);
    expect(await names("_")).toEqual([`per_cent-${tag}.example`]);
    expect(await names("%")).toEqual([]);
  });

  it("never shows another account's domains, not even through that account's cursor or by id", async () => {
    const theirs = await db.domain.findMany({ where: { accountId: b.id }, select: { id: true } });
    const theirIds = new Set(theirs.map((domain) => domain.id));
    expect((await allPages((cursor) => listDomainsPage(a.id, { cursor }))).flat().filter((domain) => theirIds.has(domain.id))).toEqual([]);
    expect((await listDomainsPage(a.id, { search: "-b.example" })).items).toEqual([]);
    const theirCursor = (await listDomainsPage(b.id)).nextCursor;
    expect(theirCursor).not.toBeNull();
    expect((await listDomainsPage(a.id, { cursor: theirCursor! })).items.filter((domain) => theirIds.has(domain.id))).toEqual([]);
    expect(await findDomainRow(a.id, theirs[0]!.id)).toBeNull();
    expect(await findDomainRow(a.id, "not-a-uuid")).toBeNull();
  });

  it("reads a page through the (accountId, expiresAt, id) index", async () => {
    const other = await createAccountWithOwner();
    await db.domain.createMany({ data: domainRows(other.account.id, 5_000, (i) => `crowd-${i}-${tag}.example`) });
    const [domainAt] = await db.domain.findMany({ where: { accountId: a.id }, orderBy: [{ expiresAt: "asc" }, { id: "asc" }], skip: 49, take: 1 });
    const text = await plan(
      `SELECT "id" FROM "Domain" WHERE "accountId" = $1::uuid AND "expiresAt" >= $2 AND ("expiresAt" > $2 OR ("expiresAt" = $2 AND "id" > $3::uuid)) ORDER BY "expiresAt" ASC, "id" ASC LIMIT 51`,
      a.id,
      domainAt!.expiresAt,
      domainAt!.id,
    );
    expect(text).toContain("Domain_accountId_expiresAt_id_idx");
    expect(text).not.toContain("Seq Scan");
  });
});

describe("support tickets", () => {
  const SAME_REPLY = new Date("2026-11-29T12:00:00.000Z");
  let a: { id: string };
  let b: { id: string };

  const ticketRows = (accountId: string, count: number, subject: (i: number) => string, status: "OPEN" | "CLOSED" = "OPEN") =>
    Array.from({ length: count }, (_, i) => ({ accountId, department: "TECHNICAL" as const, subject: subject(i), status, lastReplyAt: SAME_REPLY }));

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    await db.supportTicket.createMany({ data: ticketRows(a.id, 120, (i) => `Question ${i}`) });
    await db.supportTicket.createMany({ data: ticketRows(a.id, 7, (i) => `Old question ${i}`, "CLOSED") });
    await db.supportTicket.createMany({ data: ticketRows(a.id, 1, () => "Disk at 100% since Monday") });
    await db.supportTicket.createMany({ data: ticketRows(b.id, 70, (i) => `Question ${i}`) });
  });

  it("pages of 50 cover every open ticket exactly once, latest reply first, with ties on the time", async () => {
    const pages = await allPages((cursor) => listTicketsPage(a.id, "open", { cursor }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 21]);
    const ids = pages.flat().map((ticket) => ticket.id);
    expect(new Set(ids).size).toBe(121);
    const expected = await db.supportTicket.findMany({ where: { accountId: a.id, status: { not: "CLOSED" } }, orderBy: [{ lastReplyAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(ids).toEqual(expected.map((ticket) => ticket.id));
    expect((await allPages((cursor) => listTicketsPage(a.id, "closed", { cursor }))).flat()).toHaveLength(7);
    expect((await allPages((cursor) => listTicketsPage(a.id, "all", { cursor }))).flat()).toHaveLength(128);
  });

  it("finds a ticket by subject (ignoring case, % literally) or by its number", async () => {
    const subjects = async (search: string, filter: "open" | "all" = "open") => (await listTicketsPage(a.id, filter, { search })).items.map((ticket) => ticket.subject);
    expect(await subjects("100%")).toEqual(["Disk at 100% since Monday"]);
    expect(await subjects("%")).toEqual(["Disk at 100% since Monday"]);
    expect(await subjects("OLD QUESTION 3", "all")).toEqual(["Old question 3"]);
    expect(await subjects("OLD QUESTION 3")).toEqual([]);
    const one = await db.supportTicket.findFirstOrThrow({ where: { accountId: a.id, subject: "Question 42" } });
    expect(await subjects(`#${one.number}`)).toEqual(["Question 42"]);
    expect(await subjects(String(one.number))).toContain("Question 42");
    expect(await subjects("99999999999")).toEqual([]);
    const theirs = await db.supportTicket.findFirstOrThrow({ where: { accountId: b.id } });
    expect(await subjects(`#${theirs.number}`)).toEqual([]);
  });

  it("never shows another account's tickets, not even through that account's cursor", async () => {
    const theirIds = new Set((await db.supportTicket.findMany({ where: { accountId: b.id }, select: { id: true } })).map((ticket) => ticket.id));
    expect((await allPages((cursor) => listTicketsPage(a.id, "all", { cursor }))).flat().filter((ticket) => theirIds.has(ticket.id))).toEqual([]);
    const theirCursor = (await listTicketsPage(b.id, "open")).nextCursor;
    expect(theirCursor).not.toBeNull();
    expect((await listTicketsPage(a.id, "open", { cursor: theirCursor! })).items.filter((ticket) => theirIds.has(ticket.id))).toEqual([]);
  });

  it("reads a page through the (accountId, lastReplyAt, id) index", async () => {
    const other = await createAccountWithOwner();
    await db.supportTicket.createMany({ data: ticketRows(other.account.id, 5_000, (i) => `Crowd ${i}`) });
    const [ticketAt] = await db.supportTicket.findMany({ where: { accountId: a.id }, orderBy: [{ lastReplyAt: "desc" }, { id: "desc" }], skip: 49, take: 1 });
    const text = await plan(
      `SELECT "id" FROM "SupportTicket" WHERE "accountId" = $1::uuid AND "status" IN ('OPEN', 'ANSWERED', 'CUSTOMER_REPLY') AND "lastReplyAt" <= $2 AND ("lastReplyAt" < $2 OR ("lastReplyAt" = $2 AND "id" < $3::uuid)) ORDER BY "lastReplyAt" DESC, "id" DESC LIMIT 51`,
      a.id,
      ticketAt!.lastReplyAt,
      ticketAt!.id,
    );
    expect(text).toContain("SupportTicket_accountId_lastReplyAt_id_idx");
    expect(text).not.toContain("Seq Scan");
  });
});

describe("contacts", () => {
  let a: { id: string };
  let b: { id: string };
  const tag = randomUUID().slice(0, 8);
  const contactRows = (accountId: string, people: { firstName: string; lastName: string }[]) =>
    people.map((person, i) => ({ accountId, ...person, email: `c${i}-${tag}-${randomUUID().slice(0, 6)}@contacts.example`, country: "ES" }));

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    // 90 people sharing one last name (then first names, some shared too), and a few others.
    const ruiz = Array.from({ length: 90 }, (_, i) => ({ firstName: `Name ${i % 30}`, lastName: "Ruiz" }));
    await db.contact.createMany({ data: contactRows(a.id, [...ruiz, { firstName: "Ana", lastName: "Abad" }, { firstName: "Rosa", lastName: "100% Zapata" }, { firstName: "Zoe", lastName: "Zu_rita" }]) });
    await db.contact.createMany({ data: contactRows(b.id, Array.from({ length: 60 }, (_, i) => ({ firstName: `Name ${i}`, lastName: "Ruiz" }))) });
  });

  it("pages of 50 cover every contact exactly once, by last name then first name, with ties on both", async () => {
    const pages = await allPages((cursor) => listContactsPage(a.id, { cursor }));
    expect(pages.map((page) => page.length)).toEqual([50, 43]);
    const ids = pages.flat().map((contact) => contact.id);
    expect(new Set(ids).size).toBe(93);
    const expected = await db.contact.findMany({ where: { accountId: a.id }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids).toEqual(expected.map((contact) => contact.id));
  });

  it("finds a contact by name or email, ignoring case, with % and _ taken literally", async () => {
    const names = async (search: string) => (await listContactsPage(a.id, { search })).items.map((contact) => contact.firstName);
    expect(await names("abad")).toEqual(["Ana"]);
    expect(await names("100%")).toEqual(["Rosa"]);
    expect(await names("u_r")).toEqual(["Zoe"]);
    expect((await allPages((cursor) => listContactsPage(a.id, { cursor, search: "NAME 7" }))).flat()).toHaveLength(3);
    expect(await names("a\u0000b")).toEqual([]);
  });

  it("never shows another account's contacts, not even through that account's cursor", async () => {
    const theirIds = new Set((await db.contact.findMany({ where: { accountId: b.id }, select: { id: true } })).map((contact) => contact.id));
    expect((await allPages((cursor) => listContactsPage(a.id, { cursor }))).flat().filter((contact) => theirIds.has(contact.id))).toEqual([]);
    const theirCursor = (await listContactsPage(b.id)).nextCursor;
    expect(theirCursor).not.toBeNull();
    expect((await listContactsPage(a.id, { cursor: theirCursor! })).items.filter((contact) => theirIds.has(contact.id))).toEqual([]);
  });

  it("reads a page through the (accountId, lastName, firstName, id) index", async () => {
    const other = await createAccountWithOwner();
    await db.contact.createMany({ data: contactRows(other.account.id, Array.from({ length: 5_000 }, (_, i) => ({ firstName: `P${i}`, lastName: `L${i % 50}` }))) });
    const [at] = await db.contact.findMany({ where: { accountId: a.id }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], skip: 49, take: 1 });
    const text = await plan(
      `SELECT "id" FROM "Contact" WHERE "accountId" = $1::uuid AND "lastName" >= $2 AND ("lastName" > $2 OR ("lastName" = $2 AND "firstName" > $3) OR ("lastName" = $2 AND "firstName" = $3 AND "id" > $4::uuid)) ORDER BY "lastName" ASC, "firstName" ASC, "id" ASC LIMIT 51`,
      a.id,
      at!.lastName,
      at!.firstName,
      at!.id,
    );
    expect(text).toContain("Contact_accountId_lastName_firstName_id_idx");
    expect(text).not.toContain("Seq Scan");
  });
});

describe("the account's email history", () => {
  /** Every row shares this instant: only the id orders them, and messages follow each other. */
  const SAME_INSTANT = new Date("2026-11-28T08:00:00.000Z");
  let a: { id: string };
  let b: { id: string };

  /** `messages` notifications of `recipients` rows each (ids ascending within one), and `single` rows of their own. */
  async function history(accountId: string, messages: number, recipients: number, single: number) {
    const rows = [];
    for (let m = 0; m < messages; m++) {
      const notificationId = randomUUID();
      for (let r = 0; r < recipients; r++) rows.push({ notificationId, subject: `Message ${m}`, to: `r${r}@history.example` });
    }
    for (let i = 0; i < single; i++) rows.push({ notificationId: null, subject: `Single ${i}`, to: `single${i}@history.example` });
    await db.emailMessage.createMany({
      data: rows.map((row) => ({ ...row, id: uuidv7Like(), accountId, html: "<p>x</p>", text: "x", redactedText: "x", template: "test", createdAt: SAME_INSTANT })),
    });
  }

  /** Time-ordered ids, one after the other, as the app's uuid(7) defaults give them. */
  let sequence = 0;
  function uuidv7Like() {
    const counter = (sequence++).toString(16).padStart(12, "0");
    return `01900000-0000-7000-8000-${counter}`;
  }

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    // 110 rows: 30 messages to 3 people each and 20 on their own; a page of 50 rows ends inside a message.
    await history(a.id, 30, 3, 20);
    await history(b.id, 30, 3, 0);
  });

  it("pages cover every row once, newest first, and never split a message between pages", async () => {
    const pages = await allPages((cursor) => listAccountEmailsPage(a.id, { cursor }).then((page) => ({ ...page, items: page.messages })));
    expect(pages.length).toBeGreaterThan(1);
    const messages = pages.flat();
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    expect(messages).toHaveLength(50);
    for (const message of messages.filter((message) => message.subject.startsWith("Message"))) expect(message.recipients).toHaveLength(3);
    const rows = await db.emailMessage.findMany({ where: { accountId: a.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { notificationId: true, id: true } });
    const expected = [...new Set(rows.map((row) => row.notificationId ?? row.id))];
    expect(messages.map((message) => message.id)).toEqual(expected);
  });

  it("never shows another account's emails, not even through that account's cursor", async () => {
    const theirs = await listAccountEmailsPage(b.id, { pageSize: 10 });
    expect(theirs.nextCursor).not.toBeNull();
    const mine = await listAccountEmailsPage(a.id, { cursor: theirs.nextCursor! });
    const theirIds = new Set((await db.emailMessage.findMany({ where: { accountId: b.id }, select: { notificationId: true } })).map((row) => row.notificationId));
    expect(mine.messages.filter((message) => theirIds.has(message.id))).toEqual([]);
  });

  it("reads a page through the (accountId, createdAt, id) index", async () => {
    const other = await createAccountWithOwner();
    await history(other.account.id, 1_000, 5, 0);
    const [at] = await db.emailMessage.findMany({ where: { accountId: a.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: 49, take: 1 });
    const text = await plan(
      `SELECT "id" FROM "EmailMessage" WHERE "accountId" = $1::uuid AND "createdAt" <= $2 AND ("createdAt" < $2 OR ("createdAt" = $2 AND "id" < $3::uuid)) ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`,
      a.id,
      at!.createdAt,
      at!.id,
    );
    expect(text).toContain("EmailMessage_accountId_createdAt_id_idx");
    expect(text).not.toContain("Seq Scan");
  });
});
