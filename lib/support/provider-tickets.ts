import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idPage, ZId, ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { isUuid } from "@/lib/ids";
import { TICKET_DEPARTMENTS } from "./schemas";

/**
 * Support tickets as the provider's help desk sees them through the API: every account's, by
 * id. Pages never call these; the API's key and scope stand where a page has the session and
 * the membership.
 */

export const TICKET_STATUSES = ["OPEN", "ANSWERED", "CUSTOMER_REPLY", "CLOSED"] as const;

export const ZListTicketsQuery = z.strictObject({
  status: z.enum(TICKET_STATUSES, { error: "status is OPEN, ANSWERED, CUSTOMER_REPLY or CLOSED." }).optional(),
  department: z.enum(TICKET_DEPARTMENTS, { error: "department is TECHNICAL, BILLING or SALES." }).optional(),
  accountId: ZId.optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});

const SUMMARY = {
  id: true,
  accountId: true,
  number: true,
  subject: true,
  department: true,
  priority: true,
  status: true,
  createdAt: true,
  lastReplyAt: true,
  closedAt: true,
  service: { select: { id: true, productName: true, domain: true } },
  openedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.SupportTicketSelect;

const DETAILS = {
  ...SUMMARY,
  replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, staffName: true, authorId: true, author: { select: { name: true } } } },
} as const satisfies Prisma.SupportTicketSelect;

type SummaryRow = Prisma.SupportTicketGetPayload<{ select: typeof SUMMARY }>;
type DetailsRow = Prisma.SupportTicketGetPayload<{ select: typeof DETAILS }>;

function summaryBody(row: SummaryRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    number: row.number,
    subject: row.subject,
    department: row.department,
    priority: row.priority,
    status: row.status,
    service: row.service,
    openedBy: row.openedBy,
    createdAt: row.createdAt.toISOString(),
    lastReplyAt: row.lastReplyAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** Who wrote a message: the provider's staff (by the name they signed with) or a member (null once their user is deleted). */
function authorOf(reply: DetailsRow["replies"][number]) {
  if (reply.staffName !== null) return { kind: "staff" as const, name: reply.staffName };
  return { kind: "member" as const, userId: reply.authorId, name: reply.author?.name ?? null };
}

function detailsBody(row: DetailsRow) {
  return { ...summaryBody(row), messages: row.replies.map((reply) => ({ id: reply.id, body: reply.body, createdAt: reply.createdAt.toISOString(), author: authorOf(reply) })) };
}

/** One page of tickets, newest first, of one account or all, filtered by status and department. */
export async function listTicketsForProvider({ status, department, accountId, cursor, limit }: z.output<typeof ZListTicketsQuery>) {
  const rows = await db.supportTicket.findMany({
    where: { ...(status ? { status } : {}), ...(department ? { department } : {}), ...(accountId ? { accountId } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
    select: SUMMARY,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return idPage(rows, limit, summaryBody);
}

/** One ticket with its conversation, oldest message first; null when there is no such id. */
export async function ticketForProvider(id: string) {
  if (!isUuid(id)) return null;
  const row = await db.supportTicket.findUnique({ where: { id }, select: DETAILS });
  return row && detailsBody(row);
}
