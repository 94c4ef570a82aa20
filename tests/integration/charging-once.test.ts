/**
 * Charging exactly once (issue 16, item 7): a card payment is a pending attempt committed
 * before the gateway is called, the charge under the attempt's id, then the record. A crash
 * between charge and record is settled by reconcilePendingPayments, which asks the gateway by
 * the key. The gateway is the demo gateway with its books in PostgreSQL; the crash is made by
 * vi.spyOn on the gateway object (an answer lost on the way back) or on the record step's
 * module (a commit lost after the charge), so production code has no switch for it.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { demoGateway } from "@/lib/billing/gateways/demo-gateway";
import { recordBankTransfer } from "@/lib/invoices/record-bank-transfer";
import { cancelInvoice } from "@/lib/invoices/cancel-invoice";
import { payInvoice, type Payer } from "@/lib/invoices/pay-invoice";
import { payInvoices } from "@/lib/invoices/pay-invoices";
import * as recordStep from "@/lib/invoices/record-card-payment";
import { RECONCILE_AFTER_MS, reconcilePendingPayments } from "@/lib/invoices/reconcile-payments";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { accessFor, createAccountWithOwner } from "../factories/accounts";
import { issueTestInvoice, saveCard, TEST_CARDS } from "../factories/invoices";
import { testClient } from "../factories/sessions";
import { failureCode } from "../support/errors";

async function payingAccount() {
  const { account, owner } = await createAccountWithOwner();
  const access = await accessFor(owner, account.id);
  const card = await saveCard(access);
  const invoice = await issueTestInvoice(account.id);
  const payer = { accountId: account.id, userId: owner.id, client: testClient() } satisfies Payer;
  return { account, owner, access, card, invoice, payer };
}

/** A moment when every attempt made so far is past the grace period. */
const later = () => new Date(Date.now() + RECONCILE_AFTER_MS + 1_000);

/** The gateway charges, and its answer is lost on the way back (a timeout, a crashed process). */
function loseTheGatewaysAnswer() {
  const charge = demoGateway.charge.bind(demoGateway);
  return vi.spyOn(demoGateway, "charge").mockImplementationOnce(async (request) => {
    await charge(request);
    throw new Error("socket hang up");
  });
}

/** The gateway cannot be reached at all: nothing is charged. */
function gatewayUnreachable() {
  return vi.spyOn(demoGateway, "charge").mockRejectedValueOnce(new Error("connect ETIMEDOUT"));
}

async function attemptsOf(invoiceId: string) {
  return db.paymentAttempt.findMany({ where: { invoices: { some: { invoiceId } } }, orderBy: { createdAt: "asc" } });
}

async function whatWasWritten(accountId: string, invoiceId: string) {
  const [invoice, payments, receipts, paidEvents] = await Promise.all([
    db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } }),
    db.payment.findMany({ where: { invoiceId } }),
    db.emailMessage.count({ where: { accountId, template: "payment-receipt" } }),
    db.activityEvent.count({ where: { accountId, kind: "invoice.paid" } }),
  ]);
  return { status: invoice.status, payments, receipts, paidEvents };
}

// An endpoint listening to every event, so the outbox shows each invoice.paid and payment.failed written.
beforeAll(async () => {
  await createWebhookEndpoint({ url: "https://hooks.example.com/client-area", events: [...WEBHOOK_EVENT_TYPES] });
});

/** The webhook events of one type written for an invoice. */
async function eventsFor(type: "invoice.paid" | "payment.failed", invoiceId: string) {
  return db.webhookDelivery.count({ where: { type, payload: { path: ["data", "invoiceId"], equals: invoiceId } } });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a crash between charge and record", () => {
  it("leaves the invoice unpaid and the attempt pending; reconciliation records the one charge, with one payment and one receipt", async () => {
    const { account, card, invoice, payer } = await payingAccount();
    loseTheGatewaysAnswer();

    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }))).toBe("paymentUnconfirmed");
    const [attempt] = await attemptsOf(invoice.id);
    expect(attempt).toMatchObject({ status: "PENDING", amountMinor: 2536, currency: "EUR", methodId: card.id });
    expect(await whatWasWritten(account.id, invoice.id)).toEqual({ status: "UNPAID", payments: [], receipts: 0, paidEvents: 0 });
    // The charge did happen, under the attempt's id.
    const charged = await db.demoGatewayCharge.findUniqueOrThrow({ where: { idempotencyKey: attempt!.id } });

    // Paying again meanwhile is refused before the gateway, with the same card or another.
    const charges = vi.spyOn(demoGateway, "charge");
    charges.mockClear();
    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }))).toBe("paymentInProgress");
    expect(await failureCode(payInvoices(payer, { invoiceIds: [invoice.id], card: { methodId: card.id } }))).toBe("paymentInProgress");
    expect(charges).not.toHaveBeenCalled();

    // Within the grace period the payer's own request may still be recording it: left alone.
    expect(await reconcilePendingPayments({ now: new Date() })).toEqual({ recorded: 0, failed: 0, released: 0, unresolved: 0 });
    expect((await attemptsOf(invoice.id))[0]!.status).toBe("PENDING");

    expect(await reconcilePendingPayments({ now: later() })).toMatchObject({ recorded: 1 });
    const written = await whatWasWritten(account.id, invoice.id);
    expect(written).toMatchObject({ status: "PAID", receipts: 1, paidEvents: 1 });
    expect(written.payments).toEqual([expect.objectContaining({ gatewayReference: charged.reference, methodId: card.id, amountMinor: 2536, paidById: payer.userId })]);
    expect(await db.demoGatewayCharge.count({ where: { idempotencyKey: attempt!.id } })).toBe(1);
    expect(charges).not.toHaveBeenCalled();
    expect((await attemptsOf(invoice.id))[0]).toMatchObject({ status: "SUCCEEDED", gatewayReference: charged.reference });
    const receipt = await db.emailMessage.findFirstOrThrow({ where: { accountId: account.id, template: "payment-receipt" } });
    expect(receipt.text).toContain(charged.reference!);
  });

  it("a commit lost after the charge is reconciled the same way, once", async () => {
    const { account, card, invoice, payer } = await payingAccount();
    vi.spyOn(recordStep, "recordCardPayment").mockRejectedValueOnce(new Error("Connection terminated unexpectedly"));

    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }))).toBe("paymentUnconfirmed");
    expect(await whatWasWritten(account.id, invoice.id)).toEqual({ status: "UNPAID", payments: [], receipts: 0, paidEvents: 0 });
    const [attempt] = await attemptsOf(invoice.id);
    expect(attempt!.status).toBe("PENDING");

    await reconcilePendingPayments({ now: later() });
    const written = await whatWasWritten(account.id, invoice.id);
    expect(written).toMatchObject({ status: "PAID", receipts: 1, paidEvents: 1 });
    expect(written.payments).toHaveLength(1);
    expect(await db.demoGatewayCharge.count({ where: { idempotencyKey: attempt!.id } })).toBe(1);
  });

  it("reconciled twice, and by two runs at once, is recorded once", async () => {
    const { account, card, invoice, payer } = await payingAccount();
    loseTheGatewaysAnswer();
    await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }));
    const [attempt] = await attemptsOf(invoice.id);

    const now = later();
    const runs = await Promise.all([reconcilePendingPayments({ now }), reconcilePendingPayments({ now }), reconcilePendingPayments({ now })]);
    expect(runs.reduce((sum, run) => sum + run.recorded, 0)).toBe(1);
    // And again afterwards, once the runs' hold on the attempt is over.
    await reconcilePendingPayments({ now: new Date(now.getTime() + 60 * 60_000) });

    const written = await whatWasWritten(account.id, invoice.id);
    expect(written).toMatchObject({ status: "PAID", receipts: 1, paidEvents: 1 });
    expect(written.payments).toHaveLength(1);
    expect(await eventsFor("invoice.paid", invoice.id)).toBe(1);

    // The record step itself, reached by the payer and reconciliation at the same moment, records once.
    const reference = written.payments[0]!.gatewayReference;
    const both = await Promise.all([recordStep.recordCardPayment(attempt!.id, { reference }), recordStep.recordCardPayment(attempt!.id, { reference })]);
    expect(both.map((recorded) => recorded?.paymentIds)).toEqual([[written.payments[0]!.id], [written.payments[0]!.id]]);
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("a pending attempt whose charge never happened is released: the invoice stays unpaid and can be paid again", async () => {
    const { account, card, invoice, payer } = await payingAccount();
    gatewayUnreachable();

    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }))).toBe("paymentUnconfirmed");
    const [attempt] = await attemptsOf(invoice.id);
    expect(attempt!.status).toBe("PENDING");
    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }))).toBe("paymentInProgress");

    await reconcilePendingPayments({ now: later() });
    expect((await attemptsOf(invoice.id))[0]!.status).toBe("ABANDONED");
    expect(await whatWasWritten(account.id, invoice.id)).toEqual({ status: "UNPAID", payments: [], receipts: 0, paidEvents: 0 });
    expect(await db.demoGatewayCharge.count({ where: { idempotencyKey: attempt!.id } })).toBe(0);

    await payInvoice(payer, { invoiceId: invoice.id, methodId: card.id });
    const written = await whatWasWritten(account.id, invoice.id);
    expect(written).toMatchObject({ status: "PAID", receipts: 1, paidEvents: 1 });
    expect(written.payments).toHaveLength(1);
  });

  it("a charge refused while its answer was lost is marked failed by reconciliation, and the invoice is payable", async () => {
    const { access, account, invoice, payer } = await payingAccount();
    const declining = await saveCard(access, TEST_CARDS.declines);
    loseTheGatewaysAnswer();

    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: declining.id }))).toBe("paymentUnconfirmed");
    await reconcilePendingPayments({ now: later() });
    expect((await attemptsOf(invoice.id))[0]).toMatchObject({ status: "FAILED", failureReason: "card_declined" });
    expect(await eventsFor("payment.failed", invoice.id)).toBe(1);
    expect(await whatWasWritten(account.id, invoice.id)).toEqual({ status: "UNPAID", payments: [], receipts: 0, paidEvents: 0 });
  });
});

describe("paying one invoice at once from several places", () => {
  it("with the same card or two different cards, through both doors, charges once", async () => {
    const { access, account, card, invoice, payer } = await payingAccount();
    const second = await saveCard(access, TEST_CARDS.mastercard);
    const charges = vi.spyOn(demoGateway, "charge");

    const outcomes = await Promise.all([
      failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id })),
      failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: second.id })),
      failureCode(payInvoices(payer, { invoiceIds: [invoice.id], card: { methodId: second.id } })),
      failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id })),
    ]);

    expect(outcomes.filter((outcome) => outcome === "did not fail")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o !== "did not fail")) expect(["paymentInProgress", "invoiceAlreadyPaid", "payInvoicesAlreadyPaid"]).toContain(outcome);
    expect(charges).toHaveBeenCalledTimes(1);
    expect(await db.paymentAttempt.count({ where: { invoices: { some: { invoiceId: invoice.id } } } })).toBe(1);
    const written = await whatWasWritten(account.id, invoice.id);
    expect(written).toMatchObject({ status: "PAID", receipts: 1, paidEvents: 1 });
    expect(written.payments).toHaveLength(1);
  });
});

describe("a declined card", () => {
  it("marks the attempt failed, pays nothing, and the invoice can be paid afterwards", async () => {
    const { access, account, card, invoice, payer } = await payingAccount();
    const declining = await saveCard(access, TEST_CARDS.declines);

    expect(await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: declining.id }))).toBe("payment.card_declined");
    const [attempt] = await attemptsOf(invoice.id);
    expect(attempt).toMatchObject({ status: "FAILED", failureReason: "card_declined", methodId: declining.id });
    expect(await db.demoGatewayCharge.findUniqueOrThrow({ where: { idempotencyKey: attempt!.id } })).toMatchObject({ reference: null, refusal: "card_declined" });
    expect(await whatWasWritten(account.id, invoice.id)).toEqual({ status: "UNPAID", payments: [], receipts: 0, paidEvents: 0 });
    expect(await eventsFor("payment.failed", invoice.id)).toBe(1);

    await payInvoice(payer, { invoiceId: invoice.id, methodId: card.id });
    expect((await whatWasWritten(account.id, invoice.id)).status).toBe("PAID");
    expect(await eventsFor("invoice.paid", invoice.id)).toBe(1);
    // Reconciliation has nothing to do with finished attempts.
    expect(await reconcilePendingPayments({ now: later() })).toEqual({ recorded: 0, failed: 0, released: 0, unresolved: 0 });
  });
});

describe("while a card payment is pending", () => {
  it("the provider can neither record a bank transfer for the invoice nor cancel it", async () => {
    const { card, invoice, payer } = await payingAccount();
    loseTheGatewaysAnswer();
    await failureCode(payInvoice(payer, { invoiceId: invoice.id, methodId: card.id }));

    expect(await failureCode(recordBankTransfer({ invoiceId: invoice.id, amountMinor: 2536, reference: "TRF-1" }))).toBe("paymentInProgress");
    expect(await failureCode(cancelInvoice(invoice.id))).toBe("paymentInProgress");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } })).toEqual({ status: "UNPAID" });

    // Once reconciled it is paid, by the card: the transfer is refused as paid.
    await reconcilePendingPayments({ now: later() });
    expect(await failureCode(recordBankTransfer({ invoiceId: invoice.id, amountMinor: 2536, reference: "TRF-1" }))).toBe("invoiceIsPaid");
  });
});
