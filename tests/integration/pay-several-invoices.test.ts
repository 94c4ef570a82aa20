/**
 * Paying several unpaid invoices at once (lib/invoices/pay-invoices.ts) through the action a
 * member's form calls: one charge, one receipt, each invoice recorded paid, all or nothing.
 * The request's user, headers and translations are stood in for; the database is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { demoGateway } from "@/lib/billing/gateways/demo-gateway";
import { translatorFor } from "@/lib/i18n/messages";
import { accessFor, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createInvoiceRow, issueTestInvoice, saveCard, TEST_CARDS } from "../factories/invoices";
import { createTestSession } from "../factories/sessions";
import { billingWrites } from "../support/billing-writes";
import { form } from "../support/action-form";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.60" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const { payInvoicesAction } = await import("@/app/(app)/accounts/[accountId]/invoices/actions");
const t = translatorFor("en");
const futureExpiry = `12/${(new Date().getUTCFullYear() + 3) % 100}`;

async function accountWithInvoices() {
  const { account, owner } = await createAccountWithOwner();
  const access = await accessFor(owner, account.id);
  const good = await saveCard(access);
  const declining = await saveCard(access, TEST_CARDS.declines);
  const first = await issueTestInvoice(account.id);
  const second = await issueTestInvoice(account.id, { lines: [{ description: "VPS M", quantity: 1, unitPriceMinor: 1000 }] });
  const owned = currentUser(owner, await createTestSession(owner.id));
  return { account, owner, owned, good, declining, invoices: [first, second] };
}

let tenant: Awaited<ReturnType<typeof accountWithInvoices>>;
beforeAll(async () => {
  tenant = await accountWithInvoices();
});
beforeEach(() => {
  signedIn = tenant.owned;
});

const pay = (fields: Record<string, string>) => payInvoicesAction(initialActionResult, form({ accountId: tenant.account.id, ...fields }));

describe("paying several invoices at once", () => {
  it("a declined card records nothing paid, charges nothing kept, sends nothing, and says why", async () => {
    const before = await billingWrites();
    const result = await pay({ invoiceIds: tenant.invoices.map((i) => i.id).join(","), methodId: tenant.declining.id });
    expect(result).toMatchObject({ ok: false, error: t("errors.payment.card_declined") });
    expect(await billingWrites()).toEqual(before);
  });

  it("a member without invoices.pay is refused, nothing written", async () => {
    const technician = await addMember(tenant.account.id, { builtInProfile: "TECHNICIAN" });
    signedIn = currentUser(technician.user, await createTestSession(technician.user.id));
    const before = await billingWrites();
    const result = await pay({ invoiceIds: tenant.invoices.map((i) => i.id).join(","), methodId: tenant.good.id });
    expect(result).toMatchObject({ ok: false, error: t("errors.forbidden") });
    expect(await billingWrites()).toEqual(before);
  });

  it("a member who may pay but not manage billing cannot keep a new card: refused, nothing written", async () => {
    const billingLess = await addMember(tenant.account.id, { customPermissions: ["invoices.view", "invoices.pay"] });
    signedIn = currentUser(billingLess.user, await createTestSession(billingLess.user.id));
    const before = await billingWrites();
    const result = await pay({ invoiceIds: tenant.invoices[0]!.id, methodId: "new", holderName: "Ana", number: TEST_CARDS.pays, expiry: futureExpiry, cvc: "123", saveCard: "on" });
    expect(result).toMatchObject({ ok: false, error: t("errors.forbidden") });
    expect(await billingWrites()).toEqual(before);
  });

  it("another account's invoice among them is not found, and nothing of either is paid", async () => {
    const other = await createAccountWithOwner();
    const foreign = await issueTestInvoice(other.account.id);
    const before = await billingWrites();
    const result = await pay({ invoiceIds: [tenant.invoices[0]!.id, foreign.id].join(","), methodId: tenant.good.id });
    expect(result).toMatchObject({ ok: false, error: t("errors.notFound") });
    expect(await billingWrites()).toEqual(before);
  });

  it("invoices in two currencies are refused before any charge", async () => {
    const dollars = await createInvoiceRow(tenant.account.id, { currency: "USD" });
    const charges = vi.spyOn(demoGateway, "charge");
    const before = await billingWrites();
    const result = await pay({ invoiceIds: [tenant.invoices[0]!.id, dollars.id].join(","), methodId: tenant.good.id });
    expect(result).toMatchObject({ ok: false, error: t("errors.payInvoicesMixedCurrencies", { currencies: "EUR, USD" }) });
    expect(charges).not.toHaveBeenCalled();
    charges.mockRestore();
    expect(await billingWrites()).toEqual(before);
    await db.invoiceLine.deleteMany({ where: { invoiceId: dollars.id } });
    await db.invoice.delete({ where: { id: dollars.id } });
  });

  it("bad input gets a message on its field and writes nothing", async () => {
    const before = await billingWrites();
    expect(await pay({ invoiceIds: "", methodId: tenant.good.id })).toMatchObject({ ok: false, fieldErrors: { invoiceIds: [t("validation.invoicesRequired")] } });
    expect(await pay({ invoiceIds: tenant.invoices[0]!.id, methodId: "new", holderName: "Ana", number: "4242 4242 4242 4241", expiry: "01/20", cvc: "123" })).toMatchObject({
      ok: false,
      fieldErrors: { number: [t("validation.cardNumberInvalid")], expiry: [t("validation.cardExpired")] },
    });
    expect(await billingWrites()).toEqual(before);
  });

  it("one charge for the sum, each invoice paid with its own payment row, one receipt listing them", async () => {
    const charges = vi.spyOn(demoGateway, "charge");
    const [first, second] = tenant.invoices;
    const result = await pay({ invoiceIds: `${first!.id},${second!.id}`, methodId: tenant.good.id });
    expect(result).toMatchObject({ ok: true, data: { amountMinor: first!.totalMinor + second!.totalMinor, currency: "EUR", method: "Visa •••• 4242" } });
    expect(charges).toHaveBeenCalledTimes(1);
    expect(charges.mock.calls[0]![0]).toMatchObject({ amountMinor: first!.totalMinor + second!.totalMinor, currency: "EUR" });
    charges.mockRestore();

    const paid = await db.invoice.findMany({ where: { id: { in: [first!.id, second!.id] } }, include: { payments: true } });
    expect(paid.map((invoice) => invoice.status)).toEqual(["PAID", "PAID"]);
    const payments = paid.flatMap((invoice) => invoice.payments);
    expect(payments).toHaveLength(2);
    // The one charge's reference on both, each with its invoice's own amount.
    expect(new Set(payments.map((payment) => payment.gatewayReference)).size).toBe(1);
    expect(payments.map((payment) => payment.amountMinor).sort()).toEqual([first!.totalMinor, second!.totalMinor].sort());
    expect(await db.activityEvent.count({ where: { accountId: tenant.account.id, kind: "invoice.paid", actorId: tenant.owner.id, ip: "203.0.113.60" } })).toBe(2);

    const receipts = await db.emailMessage.findMany({ where: { accountId: tenant.account.id, template: { in: ["payment-receipt", "payments-receipt"] } } });
    // One receipt per billing recipient (the owner, the member who may pay), none per invoice.
    expect(receipts.map((receipt) => receipt.template)).toEqual(receipts.map(() => "payments-receipt"));
    expect(receipts.map((receipt) => receipt.to)).toContain(tenant.owner.email);
    expect(new Set(receipts.map((receipt) => receipt.to)).size).toBe(receipts.length);
    expect(receipts[0]!.subject).toBe("Payment received for 2 invoices");
    expect(receipts[0]!.text).toContain(first!.number);
    expect(receipts[0]!.text).toContain(second!.number);

    // Paid now: the same again is refused by name, and charges nothing.
    const again = await pay({ invoiceIds: `${first!.id},${second!.id}`, methodId: tenant.good.id });
    expect(again).toMatchObject({ ok: false, error: t("errors.payInvoicesAlreadyPaid", { number: first!.number }) });
  });
});

describe("paying with a new card typed in place", () => {
  it("is not kept unless asked; asked, it is saved (the default when it is the first) in the same transaction", async () => {
    const { account, owner } = await createAccountWithOwner();
    signedIn = currentUser(owner, await createTestSession(owner.id));
    const [once, kept] = [await issueTestInvoice(account.id), await issueTestInvoice(account.id)];
    const card = { holderName: "Ana Silva", number: TEST_CARDS.mastercard, expiry: futureExpiry, cvc: "123" };

    const first = await payInvoicesAction(initialActionResult, form({ accountId: account.id, invoiceIds: once.id, methodId: "new", ...card }));
    expect(first).toMatchObject({ ok: true, data: { method: "Mastercard •••• 4444" } });
    expect(await db.paymentMethod.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db.payment.findFirstOrThrow({ where: { invoiceId: once.id } })).toMatchObject({ methodId: null, methodLabel: "Mastercard •••• 4444" });
    // One invoice: its own receipt, as from the invoice page before.
    expect(await db.emailMessage.count({ where: { accountId: account.id, template: "payment-receipt" } })).toBe(1);

    const second = await payInvoicesAction(initialActionResult, form({ accountId: account.id, invoiceIds: kept.id, methodId: "new", ...card, saveCard: "on" }));
    expect(second).toMatchObject({ ok: true });
    const saved = await db.paymentMethod.findFirstOrThrow({ where: { accountId: account.id } });
    expect(saved).toMatchObject({ brand: "Mastercard", last4: "4444" });
    expect(await db.payment.findFirstOrThrow({ where: { invoiceId: kept.id } })).toMatchObject({ methodId: saved.id });
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).defaultPaymentMethodId).toBe(saved.id);
  });

  it("a declined new card is neither charged nor kept, even when asked to keep it", async () => {
    const { account, owner } = await createAccountWithOwner();
    signedIn = currentUser(owner, await createTestSession(owner.id));
    const invoice = await issueTestInvoice(account.id);
    const before = await billingWrites();
    const result = await payInvoicesAction(initialActionResult, form({ accountId: account.id, invoiceIds: invoice.id, methodId: "new", holderName: "Ana", number: TEST_CARDS.noFunds, expiry: futureExpiry, cvc: "123", saveCard: "on" }));
    expect(result).toMatchObject({ ok: false, error: t("errors.payment.insufficient_funds") });
    expect(await billingWrites()).toEqual(before);
  });

  it("a lost answer from the gateway says it will be checked, and paying again meanwhile is refused with its own message", async () => {
    const { account, owner } = await createAccountWithOwner();
    signedIn = currentUser(owner, await createTestSession(owner.id));
    const card = await saveCard(await accessFor(owner, account.id));
    const invoice = await issueTestInvoice(account.id);
    const charge = demoGateway.charge.bind(demoGateway);
    const charges = vi.spyOn(demoGateway, "charge").mockImplementationOnce(async (request) => {
      await charge(request);
      throw new Error("socket hang up");
    });
    try {
      const lost = await payInvoicesAction(initialActionResult, form({ accountId: account.id, invoiceIds: invoice.id, methodId: card.id }));
      expect(lost).toMatchObject({ ok: false, error: t("errors.paymentUnconfirmed") });
      const again = await payInvoicesAction(initialActionResult, form({ accountId: account.id, invoiceIds: invoice.id, methodId: card.id }));
      expect(again).toMatchObject({ ok: false, error: t("errors.paymentInProgress", { number: invoice.number }) });
      expect(charges).toHaveBeenCalledTimes(1);
      expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } })).toEqual({ status: "UNPAID" });
    } finally {
      charges.mockRestore();
    }
  });
});
