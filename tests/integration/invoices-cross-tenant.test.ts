/**
 * Rule 2 for invoices, payment methods and the PDF, through the entry points an attacker
 * reaches: the server actions called directly with forged ids (as a crafted POST would), and
 * the PDF route handler. A's owner holds every permission in A, so a refusal here can only
 * come from the tenancy check. The request's user, headers and translations are stood in for
 * (no Next.js request here); everything else, database included, is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { accessFor, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { issueTestInvoice, saveCard } from "../factories/invoices";
import { createTestSession } from "../factories/sessions";
import { billingWrites } from "../support/billing-writes";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.50" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const { payInvoiceAction } = await import("@/app/(app)/accounts/[accountId]/invoices/actions");
const billingActions = await import("@/app/(app)/accounts/[accountId]/billing/actions");
const { GET: getPdf } = await import("@/app/(app)/accounts/[accountId]/invoices/[invoiceId]/pdf/route");

const NOT_FOUND = translatorFor("en")("errors.notFound");

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const access = await accessFor(owner, account.id);
  const method = await saveCard(access);
  const invoice = await issueTestInvoice(account.id);
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
  return { account, owner, method, invoice, technician };
}

type Tenant = Awaited<ReturnType<typeof createTenant>>;
let a: Tenant;
let b: Tenant;
let ownerOfA: CurrentUser;
let technicianOfA: CurrentUser;

beforeAll(async () => {
  a = await createTenant();
  b = await createTenant();
  ownerOfA = currentUser(a.owner, await createTestSession(a.owner.id));
  technicianOfA = currentUser(a.technician.user, await createTestSession(a.technician.user.id));
});

beforeEach(() => {
  signedIn = ownerOfA;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}


async function expectNothingWritten<T>(attempt: () => Promise<T>): Promise<T> {
  const before = await billingWrites();
  const result = await attempt();
  expect(await billingWrites()).toEqual(before);
  return result;
}

describe("actions called directly with another account's ids", () => {
  it("paying B's invoice, or with B's card, is not found and charges nothing", async () => {
    for (const fields of [
      { accountId: a.account.id, invoiceId: b.invoice.id, methodId: a.method.id },
      { accountId: a.account.id, invoiceId: a.invoice.id, methodId: b.method.id },
      { accountId: a.account.id, invoiceId: b.invoice.id, methodId: b.method.id },
    ]) {
      const result = await expectNothingWritten(() => payInvoiceAction(initialActionResult, form(fields)));
      expect(result).toMatchObject({ ok: false, error: NOT_FOUND });
    }
    expect((await db.invoice.findUniqueOrThrow({ where: { id: b.invoice.id } })).status).toBe("UNPAID");
  });

  it("naming B's account in the form is not found, even with B's own ids", async () => {
    const result = await expectNothingWritten(() => payInvoiceAction(initialActionResult, form({ accountId: b.account.id, invoiceId: b.invoice.id, methodId: b.method.id })));
    expect(result).toMatchObject({ ok: false, error: NOT_FOUND });
  });

  it("making B's card the default, or removing it, is not found", async () => {
    const fields = { accountId: a.account.id, methodId: b.method.id };
    expect(await expectNothingWritten(() => billingActions.setDefaultPaymentMethodAction(initialActionResult, form(fields)))).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await expectNothingWritten(() => billingActions.removePaymentMethodAction(initialActionResult, form(fields)))).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await db.paymentMethod.count({ where: { id: b.method.id } })).toBe(1);
  });

  it("the same actions with A's own ids do work, so the refusals above are about tenancy", async () => {
    const result = await payInvoiceAction(initialActionResult, form({ accountId: a.account.id, invoiceId: a.invoice.id, methodId: a.method.id }));
    expect(result).toMatchObject({ ok: true, data: { paid: true } });
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: a.account.id, kind: "invoice.paid" } })).toMatchObject({ actorId: a.owner.id, ip: "203.0.113.50" });
  });

  it("a Technician of A may not touch billing: forbidden, nothing written", async () => {
    signedIn = technicianOfA;
    const forbidden = translatorFor("en")("errors.forbidden");
    const card = await expectNothingWritten(() => billingActions.addPaymentMethodAction(initialActionResult, form({ accountId: a.account.id, holderName: "T", number: "4242424242424242", expiry: "12/40", cvc: "123" })));
    expect(card).toMatchObject({ ok: false, error: forbidden });
    const pay = await expectNothingWritten(() => payInvoiceAction(initialActionResult, form({ accountId: a.account.id, invoiceId: a.invoice.id, methodId: a.method.id })));
    expect(pay).toMatchObject({ ok: false, error: forbidden });
  });

  it("bad invoice addresses get a message on the field and write nothing", async () => {
    const fields = { accountId: a.account.id, legalName: "Empresa", taxId: "", addressLine1: "Calle 1", addressLine2: "", city: "Madrid", region: "", postcode: "28001", country: "ES" };
    const invalid = await expectNothingWritten(() => billingActions.updateBillingDetailsAction(initialActionResult, form({ ...fields, invoiceEmails: "ok@example.test\nnot an address" })));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { invoiceEmails: ["Each address must be a valid email address, like name@example.com."] }, values: { invoiceEmails: "ok@example.test\nnot an address" } });
    const tooMany = await expectNothingWritten(() => billingActions.updateBillingDetailsAction(initialActionResult, form({ ...fields, invoiceEmails: "a@x.test b@x.test c@x.test d@x.test e@x.test f@x.test" })));
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { invoiceEmails: ["Add at most 5 addresses."] } });
    const card = await expectNothingWritten(() => billingActions.addPaymentMethodAction(initialActionResult, form({ accountId: a.account.id, holderName: "A", number: "4242 4242 4242 4241", expiry: "12/40", cvc: "123" })));
    expect(card).toMatchObject({ ok: false, fieldErrors: { number: ["Enter a valid card number."] } });
  });
});

describe("the PDF route", () => {
  const get = (accountId: string, invoiceId: string) => getPdf(new Request(`http://localhost/accounts/${accountId}/invoices/${invoiceId}/pdf`), { params: Promise.resolve({ accountId, invoiceId }) });

  it("answers A's owner with the PDF of A's invoice, as an attachment that is not cached", async () => {
    const response = await get(a.account.id, a.invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="invoice-${a.invoice.number}.pdf"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("answers 404 for B's invoice under A's account, for B's account, and for ids that are not ids", async () => {
    for (const [accountId, invoiceId] of [
      [a.account.id, b.invoice.id],
      [b.account.id, b.invoice.id],
      [a.account.id, "not-a-uuid"],
      ["not-a-uuid", a.invoice.id],
      [a.account.id, "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d"],
    ]) {
      const response = await get(accountId!, invoiceId!);
      expect(response.status, `${accountId} / ${invoiceId}`).toBe(404);
      expect(response.headers.get("content-type")).not.toBe("application/pdf");
    }
  });

  it("answers 404 to a member without invoices.view and to nobody signed in", async () => {
    signedIn = technicianOfA;
    expect((await get(a.account.id, a.invoice.id)).status).toBe(404);
    signedIn = null;
    expect((await get(a.account.id, a.invoice.id)).status).toBe(404);
  });
});
