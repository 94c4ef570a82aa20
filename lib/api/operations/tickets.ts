import { z } from "zod";
import { PROVIDER_TICKET_STATUSES } from "@/lib/support/provider-ticket-status";
import { TICKET_STATUSES, ZListTicketsQuery } from "@/lib/support/provider-tickets";
import { TICKET_DEPARTMENTS, TICKET_PRIORITIES, ZProviderReply } from "@/lib/support/schemas";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** The provider's help desk: what /api/v1/tickets takes and answers. */

export const ZApiTicketSummary = z
  .object({
    id: ZId,
    accountId: ZId,
    number: z.number().int().meta({ description: "What people quote: shown as #104233." }),
    subject: z.string(),
    department: z.enum(TICKET_DEPARTMENTS),
    priority: z.enum(TICKET_PRIORITIES),
    status: z.enum(TICKET_STATUSES).meta({ description: "OPEN and CUSTOMER_REPLY wait for the provider; ANSWERED waits for the customer." }),
    service: z.object({ id: ZId, productName: z.string(), domain: z.string().nullable() }).nullable(),
    openedBy: z.object({ id: ZId, name: z.string() }).nullable().meta({ description: "The member who opened it; null once their user is deleted." }),
    createdAt: ZTimestamp,
    lastReplyAt: ZTimestamp,
    closedAt: ZTimestamp.nullable(),
  })
  .meta({ id: "TicketSummary" });

export const ZApiTicket = ZApiTicketSummary.extend({
  messages: z.array(
    z.object({
      id: ZId,
      body: z.string(),
      createdAt: ZTimestamp,
      author: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("staff"), name: z.string() }),
        z.object({ kind: z.literal("member"), userId: ZId.nullable(), name: z.string().nullable().meta({ description: "null once the user is deleted." }) }),
      ]),
    }),
  ).meta({ description: "Oldest first; the first is the message the ticket was opened with." }),
}).meta({ id: "Ticket" });

const ZTicketPath = z.strictObject({ ticketId: ZId });

export const listTickets = defineOperation({
  operationId: "listTickets",
  method: "GET",
  path: "/tickets",
  tag: "Support",
  summary: "List support tickets",
  description: "Newest first; filtered by status, department and account.",
  scope: "tickets:read",
  query: ZListTicketsQuery,
  response: { status: 200, schema: ZPage(ZApiTicketSummary) },
});

export const getTicket = defineOperation({
  operationId: "getTicket",
  method: "GET",
  path: "/tickets/{ticketId}",
  tag: "Support",
  summary: "Get a ticket with its messages",
  scope: "tickets:read",
  params: ZTicketPath,
  response: { status: 200, schema: ZApiTicket },
  problems: ["not-found"],
});

/** replyAsProvider's own schema, less the ticket (the path). */
export const ZTicketReplyBody = ZProviderReply.omit({ ticketId: true }).strict();

export const replyToTicket = defineOperation({
  operationId: "replyToTicket",
  method: "POST",
  path: "/tickets/{ticketId}/replies",
  tag: "Support",
  summary: "Reply to a ticket as the provider's staff",
  description:
    "The reply is signed with `staffName`; the ticket becomes ANSWERED (a closed ticket is reopened by it) and the account's support recipients get the reply by email. Answers the ticket with its messages.",
  scope: "tickets:write",
  params: ZTicketPath,
  body: ZTicketReplyBody,
  idempotent: true,
  response: { status: 201, schema: ZApiTicket },
  problems: ["not-found"],
});

export const ZTicketStatusBody = z.strictObject({
  status: z.enum(PROVIDER_TICKET_STATUSES, { error: "status is CLOSED or OPEN: ANSWERED and CUSTOMER_REPLY follow from replies." }),
});

export const updateTicket = defineOperation({
  operationId: "updateTicket",
  method: "PATCH",
  path: "/tickets/{ticketId}",
  tag: "Support",
  summary: "Close or reopen a ticket",
  description:
    "`CLOSED` closes a ticket that is not closed; `OPEN` reopens a closed one (it waits for the provider again). The account's activity log names the support team. Closing a closed ticket or reopening one that is not closed: 409. Any other status: 422 (ANSWERED and CUSTOMER_REPLY follow from replies).",
  scope: "tickets:write",
  params: ZTicketPath,
  body: ZTicketStatusBody,
  response: { status: 200, schema: ZApiTicket },
  problems: ["not-found", "conflict"],
});
