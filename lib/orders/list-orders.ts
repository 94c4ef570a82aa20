import "server-only";
import { db } from "@/lib/db";

/** The account's orders, newest first, with their invoice and each item's state (the orders page). */
export async function listOrders(accountId: string, take = 50) {
  return db.order.findMany({
    where: { accountId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, invoice: { select: { id: true, number: true, status: true, totalMinor: true, currency: true } }, items: { select: { state: true } } },
  });
}

/** One order of the account with its items; null for another account's order (the page answers 404). */
export async function findOrder(accountId: string, orderId: string) {
  return db.order.findFirst({
    where: { id: orderId, accountId },
    select: {
      id: true,
      createdAt: true,
      paidAt: true,
      invoice: { select: { id: true, number: true, status: true, totalMinor: true, currency: true } },
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          description: true,
          state: true,
          failureCode: true,
          priceMinor: true,
          currency: true,
          serviceId: true,
          domainId: true,
          ticketId: true,
          registrant: { select: { firstName: true, lastName: true, company: true } },
        },
      },
    },
  });
}
