import "server-only";
import { db } from "@/lib/db";
import { activeGateway, gatewayFor } from "@/lib/billing/gateways/registry";
import type { PaymentGateway, SavedCard } from "@/lib/billing/gateways/types";
import { methodLabel } from "@/lib/billing/method-label";
import { storeCard } from "@/lib/billing/payment-methods";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Payer } from "./pay-invoice";
import type { PaidSummary, PaymentCard } from "./pay-invoices-schema";
import { chargeAttempt } from "./charge-attempt";
import { openAttempt } from "./payment-attempts";
import { lockInvoices, refuseWhilePaymentPending } from "./payment-in-progress";

/** A payer who may keep a new card (billing.manage, checked by the caller from the database). */
export type PayInvoicesInput = { invoiceIds: readonly string[]; card: PaymentCard };

export type PaidInvoices = PaidSummary & { paymentIds: string[] };

/** The card the money is charged to: a saved method of the account, or a new card just tokenized. */
type Charging = { gateway: PaymentGateway; token: string; methodId: string | null; label: string; toStore: SavedCard | null; holderName: string };

async function tokenizeNewCard(card: Extract<PaymentCard, { card: unknown }>): Promise<Omit<Charging, "methodId">> {
  const gateway = activeGateway();
  const saved = await gateway.tokenize({ number: card.card.number, cvc: card.card.cvc, holderName: card.card.holderName, ...card.card.expiry });
  if (!saved.ok) throw new UserError(`payment.${saved.reason}`);
  return { gateway, token: saved.card.token, label: methodLabel(saved.card), toStore: card.save ? saved.card : null, holderName: card.card.holderName };
}

/**
 * Locks the chosen invoices of the payer's account, in id order (two payers cannot deadlock),
 * and checks each can be paid. Another account's invoice is "not found", the same as a
 * missing one; a paid or cancelled one is named, and so is one whose payment is under way;
 * all must share one currency.
 */
async function lockPayable(tx: Prisma.TransactionClient, accountId: string, invoiceIds: readonly string[]) {
  await lockInvoices(tx, accountId, invoiceIds);
  const invoices = await tx.invoice.findMany({ where: { id: { in: [...invoiceIds] }, accountId }, orderBy: { issuedAt: "asc" }, select: { id: true, number: true, totalMinor: true, currency: true, status: true } });
  if (invoices.length !== invoiceIds.length) throw new UserError("notFound");
  for (const invoice of invoices) {
    if (invoice.status === "PAID") throw new UserError("payInvoicesAlreadyPaid", { number: invoice.number });
    if (invoice.status === "CANCELLED") throw new UserError("payInvoicesCancelled", { number: invoice.number });
  }
  await refuseWhilePaymentPending(tx, invoices);
  const currencies = [...new Set(invoices.map((invoice) => invoice.currency))];
  if (currencies.length > 1) throw new UserError("payInvoicesMixedCurrencies", { currencies: currencies.join(", ") });
  return invoices;
}

/** Step 1: under the invoices' locks, checks them and the card, and commits a PENDING attempt for them all. */
async function openAttemptFor(payer: Payer & { userId: string }, input: PayInvoicesInput, typed: Omit<Charging, "methodId"> | null) {
  return db.$transaction(async (tx) => {
    const invoices = await lockPayable(tx, payer.accountId, input.invoiceIds);
    let charging: Charging;
    if (typed) {
      charging = { ...typed, methodId: null };
    } else {
      const methodId = (input.card as { methodId: string }).methodId;
      const method = await tx.paymentMethod.findFirst({ where: { id: methodId, accountId: payer.accountId } });
      if (!method) throw new UserError("notFound");
      charging = { gateway: gatewayFor(method.gateway), token: method.token, methodId: method.id, label: methodLabel(method), toStore: null, holderName: method.holderName };
    }
    const attempt = await openAttempt(tx, {
      accountId: payer.accountId,
      invoiceIds: invoices.map((invoice) => invoice.id),
      gateway: charging.gateway.id,
      methodId: charging.methodId,
      methodLabel: charging.label,
      amountMinor: invoices.reduce((sum, invoice) => sum + invoice.totalMinor, 0),
      currency: invoices[0]!.currency,
      paidById: payer.userId,
      clientIp: payer.client?.ip ?? null,
      autoPay: false,
    });
    return { attempt, charging, description: `Invoices ${invoices.map((invoice) => invoice.number).join(", ")}` };
  });
}

/**
 * Pays one or several unpaid invoices of an account with ONE charge: a saved method, or a
 * new card typed in place and kept only on request. The same three steps as payInvoice: the
 * pending attempt for all the invoices (committed under their locks), the charge under the
 * attempt's id, then one transaction recording each invoice PAID with its Payment row (all
 * carrying the charge's reference), its invoice.paid event and webhook, the new card if it is
 * to be kept, and ONE receipt listing them all. A declined card or anything refused leaves
 * nothing paid, no card kept, no email.
 *
 * A new card to be kept is kept by this request's record only: if the answer is lost and
 * reconciliation records the payment instead, the payment is recorded without keeping the
 * card (the gateway's token is not stored on the attempt), and the payer adds it again.
 */
export async function payInvoices(payer: Payer & { userId: string }, input: PayInvoicesInput): Promise<PaidInvoices> {
  if (input.invoiceIds.length === 0) throw new UserError("notFound");
  // The card number and CVC go to the gateway before anything is locked: a network call holds no row.
  const typed = "card" in input.card ? await tokenizeNewCard(input.card) : null;
  const { attempt, charging, description } = await openAttemptFor(payer, input, typed);
  const toStore = charging.toStore;
  const recorded = await chargeAttempt({
    attempt,
    gateway: charging.gateway,
    token: charging.token,
    description,
    record: toStore
      ? {
          keepCard: async (tx) =>
            (await storeCard(tx, { accountId: payer.accountId, actorId: payer.userId, client: payer.client, gatewayId: charging.gateway.id, card: toStore, holderName: charging.holderName })).id,
        }
      : {},
  });
  deliverSoon();
  return { paymentIds: recorded.paymentIds, invoices: recorded.invoices, amountMinor: recorded.amountMinor, currency: recorded.currency, method: recorded.method };
}
