/**
 * Support tickets: opening, replying, closing and reopening through the server actions,
 * called as a form (or a crafted POST) would call them; the provider's replies through
 * replyAsProvider; the emails they write. The request's user, headers and translations are
 * stood in for (no Next.js request here); the database is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { replyAsProvider } from "@/lib/support/provider-reply";
import { ticketDetails } from "@/lib/support/ticket-details";
import { seedSupport } from "@/prisma/demo/support";
import { accessFor, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { createTestSession } from "../factories/sessions";
import { expectUnchanged, form } from "../support/action-form";
import { createServiceRow, createTicketRow, openTestTicket } from "../factories/tickets";
import { failureCode } from "../support/errors";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.70" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const actions = await import("@/app/(app)/accounts/[accountId]/support/actions");
const t = translatorFor("en");
const NOT_FOUND = t("errors.notFound");

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
  const billing = await addMember(account.id, { builtInProfile: "BILLING" });
  const viewer = await addMember(account.id, {}); // account.view alone: no support
  const supportContact = await createContactRow(account.id, { categories: ["SUPPORT"] });
  const billingContact = await createContactRow(account.id, { categories: ["BILLING"] });
  const service = await createServiceRow(account.id);
  const ticket = await createTicketRow(account.id, technician.user.id);
  return { account, owner, technician, billing, viewer, supportContact, billingContact, service, ticket };
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

/** Everything a support action could write, across all accounts. */
async function supportWrites() {
  const [tickets, replies, activity, emails] = await Promise.all([
    db.supportTicket.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, closedAt: true, lastReplyAt: true, updatedAt: true } }),
    db.ticketReply.count(),
    db.activityEvent.count(),
    db.emailMessage.count(),
  ]);
  return { tickets, replies, activity, emails };
}

const expectNothingWritten = <T>(attempt: () => Promise<T>) => expectUnchanged(supportWrites, attempt);

/** The new-ticket action ends in a redirect to the ticket (Next.js control flow, thrown): the URL it goes to. */
/** The ticket's path the form redirects to; the redirect says the ticket was just opened (?opened=1, for the page's message). */
async function openThroughForm(fields: Record<string, string>): Promise<string> {
  const error = await actions.openTicketAction(initialActionResult, form(fields)).then(
    (result) => {
      throw new Error(`no redirect: ${JSON.stringify(result)}`);
    },
    (thrown: unknown) => thrown as { digest?: string },
  );
  const url = error.digest?.split(";")[2];
  if (!url) throw error;
  expect(url).toMatch(/\?opened=1$/);
  return url.replace(/\?opened=1$/, "");
}

const newTicket = (overrides: Record<string, string> = {}) => ({ accountId: a.account.id, department: "TECHNICAL", subject: "Server down", message: "web1 answers 502.", priority: "HIGH", ...overrides });

const ticketEmails = (accountId: string, template: string) => db.emailMessage.findMany({ where: { accountId, template }, orderBy: { createdAt: "asc" } });

describe("opening a ticket", () => {
  it("writes the ticket, its first message and the activity in one change, relates the service, and goes to the ticket", async () => {
    const url = await openThroughForm(newTicket({ serviceId: a.service.id, subject: "  VPS unreachable  " }));
    const ticketId = url.split("/").at(-1)!;
    expect(url).toBe(`/accounts/${a.account.id}/support/${ticketId}`);
    const ticket = await db.supportTicket.findUniqueOrThrow({ where: { id: ticketId }, include: { replies: true } });
    expect(ticket).toMatchObject({ accountId: a.account.id, subject: "VPS unreachable", department: "TECHNICAL", priority: "HIGH", status: "OPEN", serviceId: a.service.id, openedById: a.technician.user.id });
    expect(ticket.replies).toMatchObject([{ authorId: a.technician.user.id, staffName: null, body: "web1 answers 502." }]);
    expect(await db.activityEvent.findFirstOrThrow({ where: { subjectId: ticketId, kind: "ticket.opened" } })).toMatchObject({ actorId: a.technician.user.id, ip: "203.0.113.70", details: { number: ticket.number } });
  });

  it("emails the SUPPORT recipients but not the member who opened it", async () => {
    const { account, owner } = await createAccountWithOwner();
    const author = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const colleague = await addMember(account.id, { builtInProfile: "JUNIOR_TECHNICIAN" });
    const contact = await createContactRow(account.id, { categories: ["SUPPORT"] });
    const opened = await openTestTicket(await accessFor(author.user, account.id), { subject: "Mail bounces" });
    const sent = await ticketEmails(account.id, "ticket-opened");
    expect(sent.map((email) => email.to).sort()).toEqual([owner.email, colleague.user.email, contact.email].sort());
    expect(sent.every((email) => email.category === "SUPPORT" && email.subject === `New ticket #${opened.number}: Mail bounces`)).toBe(true);
  });

  it("refuses an oversized message or subject on the field, keeping what was typed; nothing written", async () => {
    const long = "x".repeat(10_001);
    const message = await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket({ message: long }))));
    expect(message).toMatchObject({ ok: false, fieldErrors: { message: ["A message can have at most 10,000 characters."] }, values: { message: long } });
    const subject = await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket({ subject: "s".repeat(201) }))));
    expect(subject).toMatchObject({ ok: false, fieldErrors: { subject: ["A subject can have at most 200 characters."] } });
    const empty = await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket({ message: "   ", department: "LEGAL" }))));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { message: ["Write a message."], department: ["Choose a department."] } });
  });

  it("takes exactly 10,000 characters", async () => {
    const url = await openThroughForm(newTicket({ message: "y".repeat(10_000) }));
    const replies = await db.ticketReply.findMany({ where: { ticketId: url.split("/").at(-1)! } });
    expect(replies[0]!.body).toHaveLength(10_000);
  });

  it("lets a member who may not see services (Billing) open a ticket, but not relate a service: forbidden, nothing written", async () => {
    signedIn = currentUser(a.billing.user, await createTestSession(a.billing.user.id));
    const refused = await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket({ serviceId: a.service.id }))));
    expect(refused).toMatchObject({ ok: false, error: t("errors.forbidden") });
    await openThroughForm(newTicket());
  });

  it("refuses another account's service: not found, nothing written", async () => {
    const result = await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket({ serviceId: b.service.id }))));
    expect(result).toMatchObject({ ok: false, error: NOT_FOUND });
  });
});

describe("replying, closing and reopening", () => {
  const reply = (ticketId: string, message: string, accountId = a.account.id) => actions.replyToTicketAction(initialActionResult, form({ accountId, ticketId, message }));

  it("a member's reply is in the conversation, sets CUSTOMER_REPLY, is logged and mailed to the others", async () => {
    const ticket = await createTicketRow(a.account.id, a.technician.user.id, "ANSWERED");
    expect(await reply(ticket.id, "Still broken <b>here</b>.")).toMatchObject({ ok: true });
    const after = await db.supportTicket.findUniqueOrThrow({ where: { id: ticket.id }, include: { replies: { orderBy: { createdAt: "asc" } } } });
    expect(after.status).toBe("CUSTOMER_REPLY");
    expect(after.replies.at(-1)).toMatchObject({ authorId: a.technician.user.id, body: "Still broken <b>here</b>." });
    expect(after.lastReplyAt.getTime()).toBeGreaterThan(ticket.lastReplyAt.getTime());
    expect(await db.activityEvent.count({ where: { subjectId: ticket.id, kind: "ticket.replied" } })).toBe(1);
    const sent = await db.emailMessage.findMany({ where: { accountId: a.account.id, template: "ticket-reply", subject: { contains: `#${ticket.number}:` } } });
    expect(sent.map((email) => email.to)).not.toContain(a.technician.user.email);
    expect(sent.map((email) => email.to)).toContain(a.owner.email);
    // The HTML part escapes the body: a reply cannot inject markup into the email.
    expect(sent[0]!.html).toContain("Still broken &lt;b&gt;here&lt;/b&gt;.");
  });

  it("a closed ticket takes no reply: a clear message, nothing written", async () => {
    const ticket = await createTicketRow(a.account.id, a.technician.user.id, "CLOSED");
    const result = await expectNothingWritten(() => reply(ticket.id, "Hello?"));
    expect(result).toMatchObject({ ok: false, error: `Ticket #${ticket.number} is closed and takes no replies. Reopen it to reply. Nothing was sent.` });
  });

  it("an oversized reply is a field message, nothing written", async () => {
    const result = await expectNothingWritten(() => reply(a.ticket.id, "z".repeat(10_001)));
    expect(result).toMatchObject({ ok: false, fieldErrors: { message: ["A message can have at most 10,000 characters."] } });
  });

  it("closes and reopens, each logged; closing twice or reopening an open ticket is refused", async () => {
    const ticket = await createTicketRow(a.account.id, a.technician.user.id, "ANSWERED");
    const fields = { accountId: a.account.id, ticketId: ticket.id };
    expect(await actions.closeTicketAction(initialActionResult, form(fields))).toMatchObject({ ok: true });
    expect(await db.supportTicket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
    expect(await expectNothingWritten(() => actions.closeTicketAction(initialActionResult, form(fields)))).toMatchObject({ ok: false, error: `Ticket #${ticket.number} is already closed.` });
    expect(await actions.reopenTicketAction(initialActionResult, form(fields))).toMatchObject({ ok: true });
    expect(await db.supportTicket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: "OPEN", closedAt: null });
    expect(await expectNothingWritten(() => actions.reopenTicketAction(initialActionResult, form(fields)))).toMatchObject({ ok: false, error: `Ticket #${ticket.number} is not closed.` });
    const kinds = (await db.activityEvent.findMany({ where: { subjectId: ticket.id }, orderBy: { createdAt: "asc" } })).map((event) => event.kind);
    expect(kinds).toEqual(["ticket.closed", "ticket.reopened"]);
    expect(await reply(ticket.id, "Thanks, works again.")).toMatchObject({ ok: true });
  });
});

describe("the provider's reply", () => {
  it("adds the staff reply, sets ANSWERED and emails exactly the SUPPORT recipients in one notification", async () => {
    const ticket = await createTicketRow(a.account.id, a.technician.user.id, "CUSTOMER_REPLY");
    await replyAsProvider({ ticketId: ticket.id, staffName: "Irene (support)", body: "Fixed: the MX record is back." });

    const after = await db.supportTicket.findUniqueOrThrow({ where: { id: ticket.id }, include: { replies: { orderBy: { createdAt: "asc" } } } });
    expect(after.status).toBe("ANSWERED");
    expect(after.replies.at(-1)).toMatchObject({ staffName: "Irene (support)", authorId: null, body: "Fixed: the MX record is back." });

    const sent = await db.emailMessage.findMany({ where: { accountId: a.account.id, template: "ticket-reply", subject: `Reply on ticket #${ticket.number}: ${ticket.subject}` } });
    expect(sent.map((email) => email.to).sort()).toEqual([a.owner.email, a.technician.user.email, a.billing.user.email, a.supportContact.email].sort());
    expect(new Set(sent.map((email) => email.notificationId)).size).toBe(1);
    expect(sent.every((email) => email.category === "SUPPORT" && email.text.includes("Fixed: the MX record is back."))).toBe(true);
  });

  it("refuses an oversized body and an unknown ticket, writing nothing", async () => {
    await expectNothingWritten(async () => {
      await expect(replyAsProvider({ ticketId: a.ticket.id, staffName: "Irene", body: "b".repeat(10_001) })).rejects.toThrow();
      expect(await failureCode(replyAsProvider({ ticketId: "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d", staffName: "Irene", body: "Hi" }))).toBe("notFound");
    });
  });
});

describe("cross-tenant and permissions: actions called directly with forged ids", () => {
  it("replying to, closing or reopening B's ticket from A is not found and writes nothing", async () => {
    const closedOfB = await createTicketRow(b.account.id, b.technician.user.id, "CLOSED");
    const attempts: (() => Promise<unknown>)[] = [
      () => actions.replyToTicketAction(initialActionResult, form({ accountId: a.account.id, ticketId: b.ticket.id, message: "hi" })),
      () => actions.closeTicketAction(initialActionResult, form({ accountId: a.account.id, ticketId: b.ticket.id })),
      () => actions.reopenTicketAction(initialActionResult, form({ accountId: a.account.id, ticketId: closedOfB.id })),
      () => actions.replyToTicketAction(initialActionResult, form({ accountId: b.account.id, ticketId: b.ticket.id, message: "hi" })),
      () => actions.openTicketAction(initialActionResult, form(newTicket({ accountId: b.account.id }))),
    ];
    for (const attempt of attempts) expect(await expectNothingWritten(attempt)).toMatchObject({ ok: false, error: NOT_FOUND });
  });

  it("the ticket page's query finds B's ticket under A as nothing (the page answers 404), and under B as the ticket", async () => {
    expect(await ticketDetails(a.account.id, b.ticket.id)).toBeNull();
    expect(await ticketDetails(a.account.id, "not-a-uuid")).toBeNull();
    expect(await ticketDetails(b.account.id, b.ticket.id)).toMatchObject({ id: b.ticket.id, replies: [{ body: "First message." }] });
  });

  it("a member without support.open may not open or reply: forbidden, nothing written", async () => {
    signedIn = currentUser(a.viewer.user, await createTestSession(a.viewer.user.id));
    const forbidden = t("errors.forbidden");
    expect(await expectNothingWritten(() => actions.openTicketAction(initialActionResult, form(newTicket())))).toMatchObject({ ok: false, error: forbidden });
    expect(await expectNothingWritten(() => actions.replyToTicketAction(initialActionResult, form({ accountId: a.account.id, ticketId: a.ticket.id, message: "hi" })))).toMatchObject({ ok: false, error: forbidden });
  });
});

describe("the demo seed", () => {
  it("writes conversations in mixed states, staff replies by name, some related to the account's services", async () => {
    const { account, owner } = await createAccountWithOwner();
    const service = await createServiceRow(account.id);
    await seedSupport({ db, accountId: account.id, index: 0, legalName: "Seed", currency: "EUR", country: "ES", ownerId: owner.id, memberIds: new Map([[owner.email, owner.id]]), contactIds: new Map(), now: new Date() });
    const tickets = await db.supportTicket.findMany({ where: { accountId: account.id }, include: { replies: true } });
    expect(tickets.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tickets.map((ticket) => ticket.status))).toEqual(new Set(["OPEN", "ANSWERED", "CUSTOMER_REPLY", "CLOSED"]));
    expect(tickets.some((ticket) => ticket.serviceId === service.id)).toBe(true);
    expect(tickets.every((ticket) => ticket.replies[0] && ticket.replies.some((r) => r.authorId === owner.id))).toBe(true);
    expect(tickets.flatMap((ticket) => ticket.replies).some((r) => r.staffName && !r.authorId)).toBe(true);
    expect(await db.emailMessage.count({ where: { accountId: account.id } })).toBe(0);
  });
});
