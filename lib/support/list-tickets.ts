import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";
import { containsText } from "@/lib/pagination/search";
import { statusesFor, type TicketFilter } from "./ticket-filter";

export const TICKETS_PAGE_SIZE = 50;

/** Latest activity first: index `SupportTicket(accountId, lastReplyAt, id)`, read backwards. */
const ORDER: KeysetOrder<"date", "lastReplyAt"> = { field: "lastReplyAt", kind: "date", direction: "desc" };

/** The largest ticket number PostgreSQL's integer holds: a longer run of digits is no ticket's number. */
const MAX_TICKET_NUMBER = 2_147_483_647;

export type TicketListQuery = { search?: string; cursor?: string | string[]; pageSize?: number };

/** "#104233" or "104233" as a ticket number; anything else is not one. */
export function ticketNumberIn(search: string): number | null {
  const digits = /^#?\s*(\d{1,10})$/.exec(search)?.[1];
  if (!digits) return null;
  const number = Number(digits);
  return number <= MAX_TICKET_NUMBER ? number : null;
}

/**
 * One page of the account's tickets of a filter, latest activity first, optionally those
 * whose subject contains a search or whose number it is (what people quote on the phone).
 */
export function listTicketsPage(accountId: string, filter: TicketFilter, query: TicketListQuery = {}) {
  const number = query.search ? ticketNumberIn(query.search) : null;
  const where: Prisma.SupportTicketWhereInput = {
    accountId,
    status: { in: statusesFor(filter) },
    ...(query.search ? { OR: [{ subject: containsText(query.search) }, ...(number === null ? [] : [{ number }])] } : {}),
  };
  return fetchKeysetPage({
    filter: where,
    order: ORDER,
    cursor: query.cursor,
    pageSize: query.pageSize ?? TICKETS_PAGE_SIZE,
    fetch: ({ where, orderBy, take }) =>
      db.supportTicket.findMany({ where, orderBy, take, select: { id: true, number: true, subject: true, department: true, priority: true, status: true, lastReplyAt: true } }),
    keyOf: (ticket) => ticket.lastReplyAt,
  });
}

/** The account's services to relate a new ticket to (the form's choices). */
export function ticketServiceChoices(accountId: string) {
  return db.service.findMany({ where: { accountId }, orderBy: [{ productName: "asc" }, { id: "asc" }], select: { id: true, productName: true, domain: true } });
}
