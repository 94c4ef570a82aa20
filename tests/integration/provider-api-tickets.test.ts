/**
 * The provider's API for support (/api/v1/tickets): list and get with the conversation, a
 * staff reply through replyAsProvider, and the provider closing or reopening a ticket. Route
 * handlers are called as Next calls them, against a real database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createTicketRow, openTestTicket } from "../factories/tickets";
import { callRoute, problemOf, problemType } from "../support/api-call";

const { GET: list } = await import("@/app/api/v1/tickets/route");
const { GET: get, PATCH: patch } = await import("@/app/api/v1/tickets/[ticketId]/route");
const { POST: reply } = await import("@/app/api/v1/tickets/[ticketId]/replies/route");

const MISSING = "0190a8f0-0000-7000-8000-000000000002";

type ApiTicket = {
  id: string;
  number: number;
  status: string;
  closedAt: string | null;
  messages: { body: string; author: { kind: string; name: string | null; userId?: string | null } }[];
};

let helpDesk: string;
let reader: string;

beforeAll(async () => {
  helpDesk = (await createApiKey({ name: "help desk", scopes: ["tickets:write"], allowedNetworks: [] })).token;
  reader = (await createApiKey({ name: "ticket reader", scopes: ["tickets:read"], allowedNetworks: [] })).token;
});

async function tenantWithTicket() {
  const { account, owner } = await createAccountWithOwner();
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" }, { name: "Tina Technician" });
  const opened = await openTestTicket(await accessFor(technician.user, account.id), { subject: "Site down", department: "TECHNICAL" });
  return { account, owner, technician, ticketId: opened.id, number: opened.number };
}

const getTicket = (ticketId: string, token = reader) => callRoute(get, "GET", `/tickets/${ticketId}`, { token, params: { ticketId } });
const replyTo = (ticketId: string, body: unknown, token = helpDesk, headers: Record<string, string> = {}) => callRoute(reply, "POST", `/tickets/${ticketId}/replies`, { token, params: { ticketId }, body, headers });
const setStatus = (ticketId: string, body: unknown, token = helpDesk) => callRoute(patch, "PATCH", `/tickets/${ticketId}`, { token, params: { ticketId }, body });

describe("GET /tickets", () => {
  it("filters by account, status and department, newest first, a page at a time", async () => {
    const { account, owner } = await createAccountWithOwner();
    const open = await createTicketRow(account.id, owner.id, "OPEN");
    const closed = await createTicketRow(account.id, owner.id, "CLOSED");
    const billing = await db.supportTicket.create({ data: { accountId: account.id, department: "BILLING", subject: "Invoice question", openedById: owner.id } });
    const ids = async (query: string) => ((await (await callRoute(list, "GET", `/tickets?accountId=${account.id}${query}`, { token: reader })).json()) as { data: { id: string }[] }).data.map((row) => row.id);

    expect(await ids("")).toEqual([billing.id, closed.id, open.id]);
    expect(await ids("&status=CLOSED")).toEqual([closed.id]);
    expect(await ids("&department=BILLING")).toEqual([billing.id]);
    expect(await ids("&status=OPEN&department=TECHNICAL")).toEqual([open.id]);

    const first = (await (await callRoute(list, "GET", `/tickets?accountId=${account.id}&limit=2`, { token: reader })).json()) as { data: { id: string }[]; nextCursor: string };
    const second = (await (await callRoute(list, "GET", `/tickets?accountId=${account.id}&limit=2&cursor=${first.nextCursor}`, { token: reader })).json()) as { data: { id: string }[]; nextCursor: null };
    expect([...first.data, ...second.data].map((row) => row.id)).toEqual([billing.id, closed.id, open.id]);
    expect(second.nextCursor).toBeNull();

    for (const [query, field] of [["status=PENDING", "status"], ["department=LEGAL", "department"], ["accountId=12", "accountId"], ["limit=0", "limit"]] as const) {
      const response = await callRoute(list, "GET", `/tickets?${query}`, { token: reader });
      expect(response.status, query).toBe(422);
      expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual([field]);
    }
  });
});

describe("GET /tickets/{ticketId}", () => {
  it("gives the conversation in order, each message with its author: the member by name, staff by the name they signed", async () => {
    const { ticketId, technician } = await tenantWithTicket();
    await replyTo(ticketId, { staffName: "Sam from Support", body: "We are looking into it." });
    const response = await getTicket(ticketId);
    expect(response.status).toBe(200);
    const ticket = (await response.json()) as ApiTicket;
    expect(ticket.messages.map((message) => [message.author, message.body])).toEqual([
      [{ kind: "member", userId: technician.user.id, name: "Tina Technician" }, "Our site answers 502 since 9:00."],
      [{ kind: "staff", name: "Sam from Support" }, "We are looking into it."],
    ]);
    for (const id of [MISSING, "104233"]) expect((await getTicket(id)).status).toBe(404);
  });
});

describe("POST /tickets/{ticketId}/replies", () => {
  it("replies as staff through replyAsProvider: the ticket ANSWERED and the reply emailed to the support recipients", async () => {
    const { account, owner, technician, ticketId } = await tenantWithTicket();
    const viewer = await addMember(account.id, {}); // account.view alone: no support

    const response = await replyTo(ticketId, { staffName: "Sam from Support", body: "Fixed: the PHP pool was restarted." });
    expect(response.status).toBe(201);
    const ticket = (await response.json()) as ApiTicket;
    expect(ticket.status).toBe("ANSWERED");
    expect(ticket.messages.at(-1)).toMatchObject({ body: "Fixed: the PHP pool was restarted.", author: { kind: "staff", name: "Sam from Support" } });

    const sent = await db.emailMessage.findMany({ where: { accountId: account.id, template: "ticket-reply", text: { contains: "PHP pool" } } });
    expect(sent.map((email) => email.to).sort()).toEqual([owner.email, technician.user.email].sort());
    expect(sent.map((email) => email.to)).not.toContain(viewer.user.email);
  });

  it("replies once for a retry with the same Idempotency-Key", async () => {
    const { ticketId } = await tenantWithTicket();
    const headers = { "Idempotency-Key": `reply-${ticketId}` };
    const body = { staffName: "Sam", body: "On it." };
    const [first, second] = await Promise.all([replyTo(ticketId, body, helpDesk, headers), replyTo(ticketId, body, helpDesk, headers)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await db.ticketReply.count({ where: { ticketId, staffName: "Sam" } })).toBe(1);
  });

  it("refuses a read-only key (403), an unknown ticket (404) and an empty or unsigned reply (422), writing nothing", async () => {
    const { ticketId } = await tenantWithTicket();
    expect(await problemType(await replyTo(ticketId, { staffName: "Sam", body: "Hi" }, reader))).toBe("missing-scope");
    expect((await replyTo(MISSING, { staffName: "Sam", body: "Hi" })).status).toBe(404);
    for (const [body, field, message] of [
      [{ staffName: "Sam", body: "   " }, "body", "Write a message."],
      [{ staffName: "Sam", body: "x".repeat(10_001) }, "body", "A message can have at most 10,000 characters."],
      [{ body: "Hi" }, "staffName", undefined],
      [{ staffName: "Sam", body: "Hi", ticketId }, "ticketId", undefined],
    ] as const) {
      const problem = await problemOf(await replyTo(ticketId, body));
      expect(problem.status).toBe(422);
      expect(problem.errors?.map((error) => error.field)).toEqual([field]);
      if (message) expect(problem.errors?.[0]?.message).toBe(message);
    }
    expect(await db.ticketReply.count({ where: { ticketId } })).toBe(1);
  });
});

describe("PATCH /tickets/{ticketId}", () => {
  it("closes and reopens a ticket, each in the activity log as the support team; the same status again is 409", async () => {
    const { account, ticketId, number } = await tenantWithTicket();
    const closed = await setStatus(ticketId, { status: "CLOSED" });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ status: "CLOSED", closedAt: expect.any(String) });
    const again = await setStatus(ticketId, { status: "CLOSED" });
    expect([again.status, (await problemOf(again)).detail]).toEqual([409, `Ticket #${number} is already closed.`]);

    const reopened = (await (await setStatus(ticketId, { status: "OPEN" })).json()) as ApiTicket;
    expect([reopened.status, reopened.closedAt]).toEqual(["OPEN", null]);
    expect((await problemOf(await setStatus(ticketId, { status: "OPEN" }))).detail).toBe(`Ticket #${number} is not closed.`);

    const events = await db.activityEvent.findMany({ where: { accountId: account.id, subjectId: ticketId, kind: { in: ["ticket.closed", "ticket.reopened"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.kind, event.actorId, event.details])).toEqual([
      ["ticket.closed", null, { number, subject: "Site down", bySupport: true }],
      ["ticket.reopened", null, { number, subject: "Site down", bySupport: true }],
    ]);
  });

  it("takes only CLOSED or OPEN (422), a key that may write tickets (403) and a ticket that is there (404)", async () => {
    const { ticketId } = await tenantWithTicket();
    for (const body of [{ status: "ANSWERED" }, { status: "closed" }, {}]) {
      const problem = await problemOf(await setStatus(ticketId, body));
      expect([problem.status, problem.errors?.map((error) => error.field)]).toEqual([422, ["status"]]);
    }
    expect(await problemType(await setStatus(ticketId, { status: "CLOSED" }, reader))).toBe("missing-scope");
    expect((await setStatus(MISSING, { status: "CLOSED" })).status).toBe(404);
    expect((await db.supportTicket.findUniqueOrThrow({ where: { id: ticketId } })).status).toBe("OPEN");
  });
});
