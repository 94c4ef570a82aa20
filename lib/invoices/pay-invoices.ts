import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { activeGateway, gatewayFor } from "@/lib/billing/gateways/registry";
import type { PaymentGateway, SavedCard } from "@/lib/billing/gateways/types";
import { methodLabel } from "@/lib/billing/method-label";
import { storeCard } from "@/lib/billing/payment-methods";
import { deliverSoon } from "@/lib/email/outbox";
import { appUrl } from "@/lib/email/app-url";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitPaymentFailed } from "@/lib/webhooks/payment-failed";
import { paymentsReceiptEmail } from "@/emails/account/payments-receipt";
import type { Payer } from "./pay-invoice";
import type { PaidSummary, PaymentCard } from "./pay-invoices-schema";
import { settleInvoice, type Takings } from "./settle-invoice";

/** A payer who may keep a new card (billing.manage, checked by the caller from the database). */
export type PayInvoicesInput = { invoiceIds: readonly string[]; card: PaymentCard };

export type PaidInvoices = PaidSummary & { paymentIds: string[] };

/** The card the money is charged to: a saved method of the account, or a new card just tokenized. */
type Charging = { gateway: PaymentGateway; token: string; methodId: string | null; label: string; keyPart: string; toStore: SavedCard | null; holderName: string };

async function tokenizeNewCard(card: Extract<PaymentCard, { card: unknown }>): Promise<Omit<Charging, "methodId">> {
  const gateway = activeGateway();
  const saved = await gateway.tokenize({ number: card.card.number, cvc: card.card.cvc, holderName: card.card.holderName, ...card.card.expiry });
  if (!saved.ok) throw new UserError(`payment.${saved.reason}`);
  return { gateway, token: saved.card.token, label: methodLabel(saved.card), keyPart: saved.card.token, toStore: card.save ? saved.card : null, holderName: card.card.holderName };
}

/**
 * Locks the chosen invoices of the payer's account, in id order (two payers cannot deadlock),
 * and checks each can be paid. Another account's invoice is "not found", the same as a
 * missing one; a paid or cancelled one is named; all must share one currency.
 */
async function lockPayable(tx: Prisma.TransactionClient, accountId: string, invoiceIds: readonly string[]) {
  const ids = [...invoiceIds].sort();
  await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ANY(${ids}::uuid[]) AND "accountId" = ${accountId}::uuid ORDER BY id FOR UPDATE`;
  const invoices = await tx.invoice.findMany({ where: { id: { in: ids }, accountId }, orderBy: { issuedAt: "asc" }, select: { id: true, accountId: true, number: true, totalMinor: true, currency: true, status: true } });
  if (invoices.length !== ids.length) throw new UserError("notFound");
  for (const invoice of invoices) {
    if (invoice.status === "PAID") throw new UserError("payInvoicesAlreadyPaid", { number: invoice.number });
    if (invoice.status === "CANCELLED") throw new UserError("payInvoicesCancelled", { number: invoice.number });
  }
  const currencies = [...new Set(invoices.map((invoice) => invoice.currency))];
  if (currencies.length > 1) throw new UserError("payInvoicesMixedCurrencies", { currencies: currencies.join(", ") });
  return invoices;
}

/**
 * Pays one or several unpaid invoices of an account with ONE charge: a saved method, or a
 * new card typed in place and kept only on request. All or nothing, in one transaction: the
 * invoices are locked and checked before the gateway is called; each is then settled by the
 * same settleInvoice as a single payment (PAID, its Payment row carrying the one charge's
 * reference, its invoice.paid event and webhook), and ONE receipt lists them all. A declined
 * card, an invoice paid meanwhile or anything else leaves nothing paid, no card kept, no email.
 *
 * The charge's idempotency key is the invoices and the card: a retry after a failed commit is
 * not a second charge. One invoice with a saved method keeps payInvoice's key, so the two
 * doors cannot both charge for it.
 */
export async function payInvoices(payer: Payer & { userId: string }, input: PayInvoicesInput): Promise<PaidInvoices> {
  if (input.invoiceIds.length === 0) throw new UserError("notFound");
  // The card number and CVC go to the gateway before the transaction: a network call does not hold the invoices' locks.
  const typed = "card" in input.card ? await tokenizeNewCard(input.card) : null;
  const paidAt = new Date();
  const result = await db
    .$transaction(
      async (tx) => {
        const invoices = await lockPayable(tx, payer.accountId, input.invoiceIds);
        let charging: Charging;
        if (typed) {
          charging = { ...typed, methodId: null };
        } else {
          const methodId = (input.card as { methodId: string }).methodId;
          const method = await tx.paymentMethod.findFirst({ where: { id: methodId, accountId: payer.accountId } });
          if (!method) throw new UserError("notFound");
          charging = { gateway: gatewayFor(method.gateway), token: method.token, methodId: method.id, label: methodLabel(method), keyPart: method.id, toStore: null, holderName: method.holderName };
        }
        if (charging.toStore) {
          const stored = await storeCard(tx, { accountId: payer.accountId, actorId: payer.userId, client: payer.client, gatewayId: charging.gateway.id, card: charging.toStore, holderName: charging.holderName });
          charging.methodId = stored.id;
        }

        const currency = invoices[0]!.currency;
        const amountMinor = invoices.reduce((sum, invoice) => sum + invoice.totalMinor, 0);
        const single = invoices.length === 1;
        const idempotencyKey = single && !typed ? `${invoices[0]!.id}:${charging.keyPart}` : createHash("sha256").update(`${invoices.map((i) => i.id).join(",")}:${charging.keyPart}`).digest("hex");
        const charge = await charging.gateway.charge({
          token: charging.token,
          amountMinor,
          currency,
          idempotencyKey,
          description: `Invoices ${invoices.map((invoice) => invoice.number).join(", ")}`,
        });
        if (!charge.ok) throw new UserError(`payment.${charge.reason}`);
        const takings: Takings = { methodId: charging.methodId, gateway: charging.gateway.id, reference: charge.reference, label: charging.label };

        const paymentIds: string[] = [];
        for (const invoice of invoices) {
          const { paymentId } = await settleInvoice(tx, {
            invoice,
            paidAt,
            paidById: payer.userId,
            client: payer.client,
            refusal: (status, number) => new UserError(status === "CANCELLED" ? "payInvoicesCancelled" : "payInvoicesAlreadyPaid", { number }),
            take: async () => takings,
            details: { autoPay: false },
            receipt: single ? "own" : "none",
          });
          paymentIds.push(paymentId);
        }
        if (!single) {
          await notifyBilling(
            tx,
            payer.accountId,
            paymentsReceiptEmail({
              invoices: invoices.map((invoice) => ({ number: invoice.number, amountMinor: invoice.totalMinor })),
              amountMinor,
              currency,
              method: charging.label,
              paidAt,
              reference: charge.reference,
              url: appUrl(`/accounts/${payer.accountId}/invoices?status=paid`),
            }),
          );
        }
        return { paymentIds, invoices: invoices.map(({ id, number }) => ({ id, number })), amountMinor, currency, method: charging.label };
      },
      // A real gateway answers over the network while the invoices' rows are locked.
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      if (error instanceof UserError && error.code.startsWith("payment.")) {
        for (const invoiceId of input.invoiceIds) await emitPaymentFailed({ accountId: payer.accountId, invoiceId, reason: error.code.slice("payment.".length) });
      }
      // The unique index on Payment.invoiceId: a payment that got past the lock.
      throw isUniqueViolation(error) ? new UserError("invoiceAlreadyPaid") : error;
    });
  deliverSoon();
  return result;
}
