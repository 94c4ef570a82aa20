import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

/** One ticket of the account with its conversation, oldest message first; null when not the account's. */
export async function ticketDetails(accountId: string, ticketId: string) {
  // A path segment that is not an id is "not found" too, not a database error.
  if (!isUuid(ticketId)) return null;
  return db.supportTicket.findFirst({
    where: { id: ticketId, accountId },
    select: {
      id: true,
      number: true,
      subject: true,
      department: true,
      priority: true,
      status: true,
      createdAt: true,
      closedAt: true,
      service: { select: { id: true, productName: true, domain: true } },
      openedBy: { select: { name: true } },
      replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, staffName: true, author: { select: { name: true } } } },
    },
  });
}
