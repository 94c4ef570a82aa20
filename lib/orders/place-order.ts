import "server-only";
import { notifyBilling } from "@/lib/billing/notify-billing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BillingCycle, OrderItemKind } from "@/lib/generated/prisma/enums";
import { invoiceIssuedMessage } from "@/lib/invoices/invoice-email";
import { writeInvoice } from "@/lib/invoices/write-invoice";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { lineDescription } from "./line-description";

/** Days the order's invoice is due in when it is left unpaid, as the provider's other invoices. */
export const ORDER_INVOICE_DUE_DAYS = 14;

/** An item priced on the server a moment ago, in the transaction that places the order. */
export type PricedItem = {
  kind: OrderItemKind;
  productId: string | null;
  productName: string | null;
  cycle: BillingCycle | null;
  domainName: string | null;
  years: number | null;
  registrantContactId: string | null;
  /** Sealed (lib/auth/secret-box.ts). */
  transferCode: string | null;
  priceMinor: number;
  currency: string;
};

export type PlacedOrder = { orderId: string; invoiceId: string; invoiceNumber: string; totalMinor: number; currency: string };

/**
 * The rows of a new order, in the caller's transaction (checkout of a cart, or an order that
 * creates its account): one invoice with a line per item (purpose ORDER_ITEM), issued as every
 * invoice is (its email to the billing recipients, invoice.issued), the order and its items
 * waiting for payment, each pointing at its line, and order.placed.
 */
export async function placeOrder(tx: Prisma.TransactionClient, input: { accountId: string; placedById: string; items: readonly PricedItem[]; now: Date }): Promise<PlacedOrder> {
  const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: input.accountId }, select: { documentLocale: true } });
  const described = input.items.map((item) => ({ ...item, description: lineDescription(item, account.documentLocale) }));
  const invoice = await writeInvoice(tx, {
    accountId: input.accountId,
    issuedAt: input.now,
    dueInDays: ORDER_INVOICE_DUE_DAYS,
    lines: described.map((item) => ({ description: item.description, quantity: 1, unitPriceMinor: item.priceMinor, purpose: "ORDER_ITEM" as const })),
  });
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: "asc" }, select: { id: true } });
  const order = await tx.order.create({
    data: {
      accountId: input.accountId,
      placedById: input.placedById,
      invoiceId: invoice.id,
      createdAt: input.now,
      items: {
        create: described.map((item, index) => ({
          kind: item.kind,
          description: item.description,
          productId: item.productId,
          cycle: item.cycle,
          domainName: item.domainName,
          years: item.years,
          registrantContactId: item.registrantContactId,
          transferCode: item.transferCode,
          priceMinor: item.priceMinor,
          currency: item.currency,
          invoiceLineId: lines[index]!.id,
        })),
      },
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "invoice.issued", data: { accountId: input.accountId, invoiceId: invoice.id, number: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency, dueAt: invoice.dueAt.toISOString() } });
  await emitWebhookEvent(tx, { type: "order.placed", data: { accountId: input.accountId, orderId: order.id, invoiceId: invoice.id, totalMinor: invoice.totalMinor, currency: invoice.currency, itemCount: input.items.length } });
  await notifyBilling(tx, input.accountId, await invoiceIssuedMessage(tx, input.accountId, invoice.id));
  return { orderId: order.id, invoiceId: invoice.id, invoiceNumber: invoice.number, totalMinor: invoice.totalMinor, currency: invoice.currency };
}
