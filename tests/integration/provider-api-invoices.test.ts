/**
 * The provider's API for invoices (/api/v1/…/invoices): issue with issueInvoice's rules,
 * list, get, the PDF, cancel, and a bank transfer recorded as the payment. Route handlers
 * are called as Next calls them, against a real database.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createInvoiceRow, daysFromNow, issueTestInvoice, saveCard } from "../factories/invoices";
import { createServiceRow } from "../factories/tickets";
import { callRoute, problemOf, problemType } from "../support/api-call";

const { POST: issue } = await import("@/app/api/v1/accounts/[accountId]/invoices/route");
const { GET: list } = await import("@/app/api/v1/invoices/route");
const { GET: get } = await import("@/app/api/v1/invoices/[invoiceId]/route");
const { GET: pdf } = await import("@/app/api/v1/invoices/[invoiceId]/pdf/route");
const { POST: cancel } = await import("@/app/api/v1/invoices/[invoiceId]/cancel/route");
const { POST: pay } = await import("@/app/api/v1/invoices/[invoiceId]/payments/route");

const MISSING = "0190a8f0-0000-7000-8000-000000000001";

type ApiInvoice = {
  id: string;
  accountId: string;
  number: string;
  status: string;
  overdue: boolean;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  amountDueMinor: number;
  paidAt: string | null;
  lines: { description: string; serviceId: string | null; amountMinor: number }[];
  payments: { method: string; label: string; reference: string; amountMinor: number; paidAt: string }[];
  autoPay?: string;
};

let writer: string;
let reader: string;

beforeAll(async () => {
  writer = (await createApiKey({ name: "billing system", scopes: ["invoices:write"], allowedNetworks: [] })).token;
  reader = (await createApiKey({ name: "invoice reader", scopes: ["invoices:read"], allowedNetworks: [] })).token;
});

const LINES = [
  { description: "Web Hosting Pro, December", quantity: 1, unitPriceMinor: 1499 },
  { description: "Extra mailbox", quantity: 3, unitPriceMinor: 199 },
];

function issueTo(accountId: string, body: unknown, token = writer, headers: Record<string, string> = {}) {
  return callRoute(issue, "POST", `/accounts/${accountId}/invoices`, { token, params: { accountId }, body, headers });
}
const payBody = (amountMinor: number, extra: object = {}) => ({ amountMinor, method: "BANK_TRANSFER", reference: "TRF-2026-0042", ...extra });
function record(invoiceId: string, body: unknown, token = writer) {
  return callRoute(pay, "POST", `/invoices/${invoiceId}/payments`, { token, params: { invoiceId }, body });
}

describe("POST /accounts/{accountId}/invoices", () => {
  it("issues the invoice by issueInvoice's rules and emails the billing recipients", async () => {
    const { account, owner } = await createAccountWithOwner();
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const service = await createServiceRow(account.id);

    const response = await issueTo(account.id, { lines: [{ ...LINES[0], serviceId: service.id }, LINES[1]], taxName: "VAT", taxRateBp: 2100, dueInDays: 30 });
    expect(response.status).toBe(201);
    const invoice = (await response.json()) as ApiInvoice;
    expect(invoice).toMatchObject({ accountId: account.id, status: "UNPAID", overdue: false, subtotalMinor: 2096, taxMinor: 440, totalMinor: 2536, amountDueMinor: 2536, autoPay: "off", payments: [] });
    expect(invoice.number).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(invoice.lines.map((line) => [line.description, line.serviceId, line.amountMinor])).toEqual([
      ["Web Hosting Pro, December", service.id, 1499],
      ["Extra mailbox", null, 597],
    ]);
    const sent = await db.emailMessage.findMany({ where: { accountId: account.id, template: "invoice-issued" } });
    expect(sent.map((email) => email.to).sort()).toEqual([owner.email, billing.user.email].sort());
    expect(sent.map((email) => email.to)).not.toContain(technician.user.email);
  });

  it("answers the auto-pay outcome: a default card is charged at once", async () => {
    const { account, owner } = await createAccountWithOwner();
    await saveCard(await accessFor(owner, account.id));
    await db.clientAccount.update({ where: { id: account.id }, data: { autoPay: true } });

    const invoice = (await (await issueTo(account.id, { lines: LINES })).json()) as ApiInvoice;
    expect(invoice).toMatchObject({ autoPay: "paid", status: "PAID", amountDueMinor: 0 });
    expect(invoice.payments).toEqual([expect.objectContaining({ method: "CARD", label: "Visa •••• 4242", amountMinor: invoice.totalMinor })]);
  });

  it("is the same invoice for a retry with the same Idempotency-Key", async () => {
    const { account } = await createAccountWithOwner();
    const headers = { "Idempotency-Key": `issue-${account.id}` };
    const [first, second] = await Promise.all([issueTo(account.id, { lines: LINES }, writer, headers), issueTo(account.id, { lines: LINES }, writer, headers)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(((await first.json()) as ApiInvoice).id).toBe(((await second.json()) as ApiInvoice).id);
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("refuses a key that may only read (403), an unknown account (404) and a closed one (409), writing nothing", async () => {
    const { account } = await createAccountWithOwner();
    expect(await problemType(await issueTo(account.id, { lines: LINES }, reader))).toBe("missing-scope");
    const missing = await issueTo(MISSING, { lines: LINES });
    expect([missing.status, await problemType(missing)]).toEqual([404, "not-found"]);
    expect((await issueTo("not-an-id", { lines: LINES })).status).toBe(404);

    await db.clientAccount.update({ where: { id: account.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await issueTo(account.id, { lines: LINES });
    expect(closed.status).toBe(409);
    expect((await problemOf(closed)).detail).toBe("This account is closed and takes no new invoices.");
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("answers invalid input with 422 naming each field, writing nothing", async () => {
    const { account } = await createAccountWithOwner();
    const other = await createAccountWithOwner();
    const othersService = await createServiceRow(other.account.id);
    for (const [body, field] of [
      [{ lines: [] }, "lines"],
      [{}, "lines"],
      [{ lines: [{ ...LINES[0], quantity: 0 }] }, "lines.0.quantity"],
      [{ lines: [{ ...LINES[0], unitPriceMinor: 14.99 }] }, "lines.0.unitPriceMinor"],
      [{ lines: [{ ...LINES[0], description: "" }] }, "lines.0.description"],
      [{ lines: [{ ...LINES[0], colour: "red" }] }, "lines.0.colour"],
      [{ lines: LINES, taxRateBp: 20_000 }, "taxRateBp"],
      [{ lines: LINES, issuedAt: "2020-01-01T00:00:00Z" }, "issuedAt"],
      [{ lines: [LINES[0], { ...LINES[1], serviceId: othersService.id }] }, "lines.1.serviceId"],
    ] as const) {
      const response = await issueTo(account.id, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      const problem = await problemOf(response);
      expect(problem.errors?.map((error) => error.field), JSON.stringify(body)).toContain(field);
    }
    const invisible = await problemOf(await issueTo(account.id, { lines: [{ ...LINES[0], description: "Hosting\u202e" }] }));
    expect(invisible.errors?.[0]?.message).toMatch(/^Remove the invisible characters/);
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(0);
  });
});

describe("GET /invoices and /invoices/{invoiceId}", () => {
  it("lists an account's invoices newest first, by status, a page at a time", async () => {
    const { account } = await createAccountWithOwner();
    const paid = await createInvoiceRow(account.id, { status: "PAID" });
    const overdue = await createInvoiceRow(account.id, { issuedAt: daysFromNow(-30), dueAt: daysFromNow(-2) });
    const cancelled = await createInvoiceRow(account.id, { status: "CANCELLED" });
    const unpaid = await createInvoiceRow(account.id);
    const ids = async (query: string) => ((await (await callRoute(list, "GET", `/invoices?accountId=${account.id}${query}`, { token: reader })).json()) as { data: { id: string }[] }).data.map((row) => row.id);

    expect(await ids("")).toEqual([unpaid.id, cancelled.id, overdue.id, paid.id]);
    expect(await ids("&status=UNPAID")).toEqual([unpaid.id, overdue.id]);
    expect(await ids("&status=OVERDUE")).toEqual([overdue.id]);
    expect(await ids("&status=PAID")).toEqual([paid.id]);
    expect(await ids("&status=CANCELLED")).toEqual([cancelled.id]);

    const first = (await (await callRoute(list, "GET", `/invoices?accountId=${account.id}&limit=3`, { token: reader })).json()) as { data: { id: string; overdue: boolean }[]; nextCursor: string };
    expect(first.data.map((row) => row.overdue)).toEqual([false, false, true]);
    const second = (await (await callRoute(list, "GET", `/invoices?accountId=${account.id}&limit=3&cursor=${first.nextCursor}`, { token: reader })).json()) as { data: { id: string }[]; nextCursor: null };
    expect([second.data.map((row) => row.id), second.nextCursor]).toEqual([[paid.id], null]);

    for (const query of ["status=LATE", "accountId=nope", "limit=101", "sort=number"]) {
      expect((await callRoute(list, "GET", `/invoices?${query}`, { token: reader })).status, query).toBe(422);
    }
  });

  it("gives one invoice with lines, tax and payments; 404 for an id that is not there", async () => {
    const { account } = await createAccountWithOwner();
    const issued = await issueTestInvoice(account.id);
    const response = await callRoute(get, "GET", `/invoices/${issued.id}`, { token: reader, params: { invoiceId: issued.id } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: issued.id, number: issued.number, taxName: "VAT", taxRateBp: 2100, totalMinor: 2536, lines: [{ position: 1 }, { position: 2 }], payments: [] });
    for (const id of [MISSING, "INV-1"]) expect((await callRoute(get, "GET", `/invoices/${id}`, { token: reader, params: { invoiceId: id } })).status).toBe(404);
  });

  it("gives the customer's PDF, in the account's document language", async () => {
    const { account } = await createAccountWithOwner({ details: { documentLocale: "de" } });
    const issued = await issueTestInvoice(account.id);
    const response = await callRoute(pdf, "GET", `/invoices/${issued.id}/pdf`, { token: reader, params: { invoiceId: issued.id } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain(issued.number);
    expect(text).toContain("RECHNUNG");
    expect((await callRoute(pdf, "GET", `/invoices/${MISSING}/pdf`, { token: reader, params: { invoiceId: MISSING } })).status).toBe(404);
  });
});

describe("POST /invoices/{invoiceId}/cancel", () => {
  it("cancels an unpaid invoice, in the activity log without an actor; a cancelled or paid one is 409", async () => {
    const { account } = await createAccountWithOwner();
    const issued = await issueTestInvoice(account.id);
    const cancelIt = (invoiceId: string, token = writer) => callRoute(cancel, "POST", `/invoices/${invoiceId}/cancel`, { token, params: { invoiceId } });

    expect(await problemType(await cancelIt(issued.id, reader))).toBe("missing-scope");
    const response = await cancelIt(issued.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "CANCELLED", amountDueMinor: 0, cancelledAt: expect.any(String) });
    const events = await db.activityEvent.findMany({ where: { accountId: account.id, kind: "invoice.cancelled" } });
    expect(events).toEqual([expect.objectContaining({ actorId: null, subjectId: issued.id, details: { number: issued.number, amountMinor: 2536, currency: "EUR" } })]);

    const again = await cancelIt(issued.id);
    expect([again.status, (await problemOf(again)).detail]).toEqual([409, `Invoice ${issued.number} is cancelled.`]);
    const paid = await createInvoiceRow(account.id, { status: "PAID" });
    expect((await problemOf(await cancelIt(paid.id))).detail).toBe(`Invoice ${paid.number} is already paid.`);
    expect((await cancelIt(MISSING)).status).toBe(404);
  });
});

describe("POST /invoices/{invoiceId}/payments", () => {
  it("records a bank transfer: PAID in the same transaction as the payment, the receipt and the activity", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { documentLocale: "es" } });
    const issued = await issueTestInvoice(account.id);
    const paidAt = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();

    const response = await record(issued.id, payBody(2536, { paidAt, currency: "EUR" }));
    expect(response.status).toBe(201);
    const invoice = (await response.json()) as ApiInvoice;
    expect(invoice).toMatchObject({ status: "PAID", paidAt, amountDueMinor: 0 });
    expect(invoice.payments).toEqual([{ id: expect.any(String), amountMinor: 2536, currency: "EUR", method: "BANK_TRANSFER", label: "Transferencia bancaria", reference: "TRF-2026-0042", paidAt }]);

    const receipts = await db.emailMessage.findMany({ where: { accountId: account.id, template: "payment-receipt" } });
    expect(receipts.map((email) => email.to)).toEqual([owner.email]);
    expect(receipts[0]!.text).toContain("Transferencia bancaria");
    expect(receipts[0]!.text).toContain("TRF-2026-0042");
    const [event] = await db.activityEvent.findMany({ where: { accountId: account.id, kind: "invoice.paid" } });
    expect(event).toMatchObject({ actorId: null, details: { number: issued.number, amountMinor: 2536, gateway: "BANK_TRANSFER" } });

    const again = await record(issued.id, payBody(2536));
    expect([again.status, (await problemOf(again)).detail]).toEqual([409, `Invoice ${issued.number} is already paid.`]);
    expect(await db.payment.count({ where: { invoiceId: issued.id } })).toBe(1);
  });

  it("takes only the whole amount due, in the invoice's currency, not dated in the future (422), writing nothing", async () => {
    const { account } = await createAccountWithOwner();
    const issued = await issueTestInvoice(account.id);
    for (const [body, field] of [
      [payBody(2000), "amountMinor"],
      [payBody(2536, { currency: "USD" }), "currency"],
      [payBody(2536, { method: "CARD" }), "method"],
      [payBody(2536, { paidAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() }), "paidAt"],
      [payBody(2536, { paidAt: "yesterday" }), "paidAt"],
      [payBody(2536, { reference: "" }), "reference"],
      [{ amountMinor: 2536, method: "BANK_TRANSFER" }, "reference"],
    ] as const) {
      const response = await record(issued.id, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((await problemOf(response)).errors?.map((error) => error.field), JSON.stringify(body)).toEqual([field]);
    }
    const partial = await problemOf(await record(issued.id, payBody(2000)));
    expect(partial.errors?.[0]?.message).toBe("amountMinor must be the amount due, 2536 (€25.36); partial payments are not supported.");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: issued.id }, select: { status: true } })).toEqual({ status: "UNPAID" });
    expect(await db.payment.count({ where: { invoiceId: issued.id } })).toBe(0);
  });

  it("refuses a cancelled invoice (409), an unknown one (404) and a read-only key (403)", async () => {
    const { account } = await createAccountWithOwner();
    const cancelled = await createInvoiceRow(account.id, { status: "CANCELLED", totalMinor: 1000 });
    const refused = await record(cancelled.id, payBody(1000));
    expect([refused.status, (await problemOf(refused)).detail]).toEqual([409, `Invoice ${cancelled.number} is cancelled.`]);
    expect((await record(MISSING, payBody(1000))).status).toBe(404);
    const unpaid = await createInvoiceRow(account.id, { totalMinor: 1000 });
    expect(await problemType(await record(unpaid.id, payBody(1000), reader))).toBe("missing-scope");
  });
});
