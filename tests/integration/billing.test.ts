import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setAutoPay, updateBillingDetails } from "@/lib/billing/billing-details";
import { demoGateway } from "@/lib/billing/gateways/demo-gateway";
import { addPaymentMethod, listPaymentMethods, removePaymentMethod, setDefaultPaymentMethod } from "@/lib/billing/payment-methods";
import { ZBillingDetails } from "@/lib/billing/schemas";
import { payInvoice, type Payer } from "@/lib/invoices/pay-invoice";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { cardInput, issueTestInvoice, saveCard, TEST_CARDS } from "../factories/invoices";
import { testClient } from "../factories/sessions";
import { billingWrites } from "../support/billing-writes";
import { failureCode } from "../support/errors";

const client = testClient();

async function ownedAccount() {
  const { account, owner } = await createAccountWithOwner();
  const access = await accessFor(owner, account.id);
  return { account, owner, access, payer: { accountId: account.id, userId: owner.id, client } satisfies Payer };
}


async function expectRefusedWithNothingWritten(code: string, attempt: () => Promise<unknown>) {
  const before = await billingWrites();
  expect(await failureCode(attempt())).toBe(code);
  expect(await billingWrites()).toEqual(before);
}

describe("paying an invoice", () => {
  it("records the payment, marks the invoice paid, logs it and sends the receipt to billing recipients and invoice addresses", async () => {
    const { account, owner, access, payer } = await ownedAccount();
    const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const bookkeeper = await createContactRow(account.id, { categories: ["BILLING"] });
    await db.clientAccount.update({ where: { id: account.id }, data: { invoiceEmails: ["ap@books.example"] } });
    const method = await saveCard(access);
    const invoice = await issueTestInvoice(account.id);

    await payInvoice(payer, { invoiceId: invoice.id, methodId: method.id });

    const paid = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { payments: true } });
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).toBeInstanceOf(Date);
    expect(paid.payments).toEqual([
      expect.objectContaining({ accountId: account.id, methodId: method.id, amountMinor: 2536, currency: "EUR", gateway: "demo", methodLabel: "Visa •••• 4242", paidById: owner.id, gatewayReference: expect.stringMatching(/^demo_ch_/) }),
    ]);
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id, kind: "invoice.paid" } })).toMatchObject({
      actorId: owner.id,
      ip: client.ip,
      details: { number: invoice.number, amountMinor: 2536, currency: "EUR", method: "Visa •••• 4242", autoPay: false },
    });
    const receipts = await db.emailMessage.findMany({ where: { accountId: account.id, template: "payment-receipt" } });
    expect(receipts.map((r) => r.to).sort()).toEqual([owner.email, bookkeeper.email, "ap@books.example"].sort());
    expect(receipts.map((r) => r.to)).not.toContain(technician.user.email);
    expect(receipts[0]!.subject).toBe(`Payment received for invoice ${invoice.number}`);
    expect(receipts[0]!.text).toContain("We received €25.36");
    expect(receipts[0]!.text).toContain(paid.payments[0]!.gatewayReference);
  });

  it("five payments at once leave exactly one payment and one charge; the others are told it is paid or being paid", async () => {
    const { account, access, payer } = await ownedAccount();
    const method = await saveCard(access);
    const second = await saveCard(access, TEST_CARDS.mastercard);
    const invoice = await issueTestInvoice(account.id);
    const charges = vi.spyOn(demoGateway, "charge");

    const outcomes = await Promise.all([method, second, method, second, method].map((m) => failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: m.id }))));

    expect(outcomes.filter((o) => o === "did not fail")).toHaveLength(1);
    // A loser that reached the invoice while the winner's charge was under way is told so; one after it, that it is paid.
    expect(outcomes.filter((o) => o === "invoiceAlreadyPaid" || o === "paymentInProgress")).toHaveLength(4);
    // The losers were stopped before the gateway: the card was charged once.
    expect(charges).toHaveBeenCalledTimes(1);
    charges.mockRestore();
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect(await db.activityEvent.count({ where: { accountId: account.id, kind: "invoice.paid" } })).toBe(1);
    expect(await db.emailMessage.count({ where: { accountId: account.id, template: "payment-receipt" } })).toBe(1);
  });

  it("refuses a paid invoice and a cancelled one with their own message, writing nothing", async () => {
    const { account, access, payer } = await ownedAccount();
    const method = await saveCard(access);
    const paid = await issueTestInvoice(account.id);
    await payInvoice(payer, { invoiceId: paid.id, methodId: method.id });
    const cancelled = await issueTestInvoice(account.id);
    await db.invoice.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });

    await expectRefusedWithNothingWritten("invoiceAlreadyPaid", () => payInvoice(payer, { invoiceId: paid.id, methodId: method.id }));
    await expectRefusedWithNothingWritten("invoiceCancelled", () => payInvoice(payer, { invoiceId: cancelled.id, methodId: method.id }));
  });

  it("a declined card (4000 0000 0000 0002) or one without funds is refused and nothing is written", async () => {
    const { account, access, payer } = await ownedAccount();
    const declines = await saveCard(access, TEST_CARDS.declines);
    const noFunds = await saveCard(access, TEST_CARDS.noFunds);
    const invoice = await issueTestInvoice(account.id);

    await expectRefusedWithNothingWritten("payment.card_declined", () => payInvoice(payer, { invoiceId: invoice.id, methodId: declines.id }));
    await expectRefusedWithNothingWritten("payment.insufficient_funds", () => payInvoice(payer, { invoiceId: invoice.id, methodId: noFunds.id }));
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "UNPAID", paidAt: null });

    // The same invoice is paid afterwards with a card that works.
    const good = await saveCard(access);
    await payInvoice(payer, { invoiceId: invoice.id, methodId: good.id });
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("with another account's card, or for another account's invoice, is not found and writes nothing", async () => {
    const mine = await ownedAccount();
    const theirs = await ownedAccount();
    const myMethod = await saveCard(mine.access);
    const theirMethod = await saveCard(theirs.access);
    const myInvoice = await issueTestInvoice(mine.account.id);
    const theirInvoice = await issueTestInvoice(theirs.account.id);

    await expectRefusedWithNothingWritten("notFound", () => payInvoice(mine.payer, { invoiceId: myInvoice.id, methodId: theirMethod.id }));
    await expectRefusedWithNothingWritten("notFound", () => payInvoice(mine.payer, { invoiceId: theirInvoice.id, methodId: myMethod.id }));
    await expectRefusedWithNothingWritten("notFound", () => payInvoice(mine.payer, { invoiceId: theirInvoice.id, methodId: theirMethod.id }));
  });
});

describe("payment methods", () => {
  it("store only the gateway's token, the brand and the last four digits; the first becomes the default", async () => {
    const { account, owner, access } = await ownedAccount();
    const { id } = await addPaymentMethod(access, cardInput({ number: "4242 4242 4242 4242", cvc: "987", holderName: "Ana Silva" }), client);

    const row = await db.paymentMethod.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ accountId: account.id, gateway: "demo", brand: "Visa", last4: "4242", holderName: "Ana Silva" });
    expect(JSON.stringify(row)).not.toMatch(/424242424242|987/);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).defaultPaymentMethodId).toBe(id);
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id, kind: "payment_method.added" } })).toMatchObject({ actorId: owner.id, details: { method: "Visa •••• 4242", default: true } });

    const second = await saveCard(access, TEST_CARDS.mastercard);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).defaultPaymentMethodId).toBe(id);
    expect((await listPaymentMethods(account.id)).map((m) => [m.id, m.brand, m.last4])).toEqual([
      [id, "Visa", "4242"],
      [second.id, "Mastercard", "4444"],
    ]);
  });

  it("a card the gateway refuses is not saved", async () => {
    const { access } = await ownedAccount();
    await expectRefusedWithNothingWritten("payment.expired_card", () => addPaymentMethod(access, { ...cardInput(), expiry: { expMonth: 1, expYear: 2020 } }, client));
    await expectRefusedWithNothingWritten("payment.invalid_number", () => addPaymentMethod(access, { ...cardInput(), number: "4242424242424241" }, client));
  });

  it("the default changes only to a method of the same account", async () => {
    const mine = await ownedAccount();
    const theirs = await ownedAccount();
    const first = await saveCard(mine.access);
    const second = await saveCard(mine.access, TEST_CARDS.mastercard);
    const theirMethod = await saveCard(theirs.access);

    await setDefaultPaymentMethod(mine.access, second.id, client);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: mine.account.id } })).defaultPaymentMethodId).toBe(second.id);
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: mine.account.id, kind: "payment_method.default_changed" } })).toMatchObject({ details: { method: "Mastercard •••• 4444" } });

    await expectRefusedWithNothingWritten("notFound", () => setDefaultPaymentMethod(mine.access, theirMethod.id, client));
    await expectRefusedWithNothingWritten("notFound", () => removePaymentMethod(mine.access, theirMethod.id, client));
    // Choosing the current default again changes nothing and logs nothing.
    const before = await billingWrites();
    await setDefaultPaymentMethod(mine.access, second.id, client);
    expect(await billingWrites()).toEqual(before);
    expect(first.id).not.toBe(second.id);
  });

  it("removing the default leaves no default; payments made with it keep their label", async () => {
    const { account, access, payer } = await ownedAccount();
    const method = await saveCard(access);
    const invoice = await issueTestInvoice(account.id);
    await payInvoice(payer, { invoiceId: invoice.id, methodId: method.id });

    await removePaymentMethod(access, method.id, client);

    expect(await db.paymentMethod.count({ where: { accountId: account.id } })).toBe(0);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).defaultPaymentMethodId).toBeNull();
    expect(await db.payment.findFirstOrThrow({ where: { invoiceId: invoice.id } })).toMatchObject({ methodId: null, methodLabel: "Visa •••• 4242" });
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id, kind: "payment_method.removed" } })).toMatchObject({ details: { method: "Visa •••• 4242" } });
  });
});

describe("billing details and auto-pay", () => {
  const form = { invoiceEmails: "AP@Books.example\nap@books.example, tax@advisor.example" };
  const details = () => ZBillingDetails.parse(form);

  it("save the invoice addresses, logging what changed; new invoices go to them too", async () => {
    const { account, owner, access } = await ownedAccount();
    await updateBillingDetails(access, details(), client);

    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ legalName: account.legalName, invoiceEmails: ["ap@books.example", "tax@advisor.example"] });
    const event = await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id, kind: "billing.details_updated" } });
    expect(event).toMatchObject({ actorId: owner.id, details: { invoiceEmails: { before: [], after: ["ap@books.example", "tax@advisor.example"] } } });
    expect(Object.keys(event.details as object)).toEqual(["invoiceEmails"]);

    await issueTestInvoice(account.id);
    expect(await db.emailMessage.count({ where: { to: "tax@advisor.example", template: "invoice-issued" } })).toBe(1);

    // Saving the same again writes nothing.
    const before = await billingWrites();
    await updateBillingDetails(access, details(), client);
    expect(await billingWrites()).toEqual(before);
  });

  it("refuse invalid invoice addresses or more than five, on the field", () => {
    const issues = (invoiceEmails: string) => ZBillingDetails.safeParse({ ...form, invoiceEmails }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues("ap@books.example, not an address")).toEqual([["invoiceEmails", "invoiceEmailInvalid"]]);
    expect(issues("a@x.example b@x.example c@x.example d@x.example e@x.example f@x.example")).toEqual([["invoiceEmails", "invoiceEmailsTooMany"]]);
  });

  it("auto-pay cannot be turned on without a default payment method: a clear message, nothing written", async () => {
    const { access } = await ownedAccount();
    await expectRefusedWithNothingWritten("autoPayNeedsDefault", () => setAutoPay(access, true, client));
  });

  it("auto-pay is logged when it changes, and only then", async () => {
    const { account, access } = await ownedAccount();
    await addPaymentMethod(access, cardInput(), client);
    await setAutoPay(access, true, client);
    await setAutoPay(access, true, client);
    await setAutoPay(access, false, client);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).autoPay).toBe(false);
    const events = await db.activityEvent.findMany({ where: { accountId: account.id, kind: "billing.auto_pay_changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.details)).toEqual([{ autoPay: true }, { autoPay: false }]);
  });
});
