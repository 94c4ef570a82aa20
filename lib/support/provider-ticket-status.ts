import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";

/** What the provider may set: the other statuses follow from the conversation (a reply makes it ANSWERED or CUSTOMER_REPLY). */
export const PROVIDER_TICKET_STATUSES = ["CLOSED", "OPEN"] as const;
export type ProviderTicketStatus = (typeof PROVIDER_TICKET_STATUSES)[number];

/**
 * The provider's help desk closes a ticket (any open one) or reopens a closed one (it waits
 * for the provider again: OPEN), with the account's activity naming the support team, no
 * actor of the account. Closing a closed ticket or reopening an open one is refused rather
 * than logged twice; the conditional update decides between two changes at once.
 */
export async function setTicketStatusAsProvider(ticketId: string, status: ProviderTicketStatus): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await tx.supportTicket.findUnique({ where: { id: ticketId }, select: { id: true, accountId: true, number: true, subject: true } });
    if (!ticket) throw new UserError("notFound");
    const changed =
      status === "CLOSED"
        ? await tx.supportTicket.updateMany({ where: { id: ticket.id, status: { not: "CLOSED" } }, data: { status: "CLOSED", closedAt: new Date() } })
        : await tx.supportTicket.updateMany({ where: { id: ticket.id, status: "CLOSED" }, data: { status: "OPEN", closedAt: null } });
    if (changed.count === 0) throw new UserError(status === "CLOSED" ? "ticketAlreadyClosed" : "ticketNotClosed", { number: ticket.number });
    await recordActivity(tx, {
      accountId: ticket.accountId,
      actorId: null,
      subjectId: ticket.id,
      client: null,
      kind: status === "CLOSED" ? "ticket.closed" : "ticket.reopened",
      details: { number: ticket.number, subject: ticket.subject, bySupport: true },
    });
  });
}
