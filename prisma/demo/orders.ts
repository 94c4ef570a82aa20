import { writeInvoice } from "../../lib/invoices/write-invoice";
import type { DemoSeeder } from "./context";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One past order per demo account with services: the account's first hosting plan, ordered
 * three days ago, paid and set up, so the orders list and an order's page have something to
 * show. Its invoice is written by writeInvoice with an ORDER_ITEM line, already fulfilled, and
 * recorded paid as the invoices seeder records the past (no charge today, no email).
 */
export const seedOrders: DemoSeeder = async ({ db, accountId, ownerId, now }) => {
  const service = await db.service.findFirst({ where: { accountId, status: "ACTIVE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (!service) return;
  const placedAt = new Date(now.getTime() - 3 * DAY_MS);
  await db.$transaction(async (tx) => {
    const invoice = await writeInvoice(tx, { accountId, issuedAt: placedAt, dueInDays: 14, lines: [{ description: service.productName, quantity: 1, unitPriceMinor: service.priceMinor, purpose: "ORDER_ITEM" }] });
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "PAID", paidAt: placedAt } });
    const line = await tx.invoiceLine.update({ where: { invoiceId_position: { invoiceId: invoice.id, position: 1 } }, data: { fulfilledAt: placedAt } });
    await tx.order.create({
      data: {
        accountId,
        placedById: ownerId,
        invoiceId: invoice.id,
        paidAt: placedAt,
        createdAt: placedAt,
        items: {
          create: {
            kind: "SERVICE",
            description: service.productName,
            productId: service.productId,
            cycle: service.billingCycle,
            priceMinor: service.priceMinor,
            currency: service.currency,
            invoiceLineId: line.id,
            state: "ACTIVE",
            provisioningStartedAt: placedAt,
            finishedAt: placedAt,
            serviceId: service.id,
          },
        },
      },
    });
  });
};
