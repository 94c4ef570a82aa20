import "server-only";
import { db } from "@/lib/db";
import { statusesFor, type TicketFilter } from "./ticket-filter";

/** How many tickets the list shows; older ones stay reachable through "all" and their links in emails. */
const LIST_LIMIT = 200;

/** The account's tickets of a filter, latest activity first. */
export function listTickets(accountId: string, filter: TicketFilter) {
  return db.supportTicket.findMany({
    where: { accountId, status: { in: statusesFor(filter) } },
    orderBy: [{ lastReplyAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: { id: true, number: true, subject: true, department: true, priority: true, status: true, lastReplyAt: true },
  });
}

/** The account's services to relate a new ticket to (the form's choices). */
export function ticketServiceChoices(accountId: string) {
  return db.service.findMany({ where: { accountId }, orderBy: [{ productName: "asc" }, { id: "asc" }], select: { id: true, productName: true, domain: true } });
}
