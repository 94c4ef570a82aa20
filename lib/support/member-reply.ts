import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { findTicket } from "./find-ticket";
import { notifySupport } from "./notify-support";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/**
 * A member's reply: the ticket goes to CUSTOMER_REPLY (the provider's turn). A closed ticket
 * takes no replies, so a conversation the provider considers finished is not silently
 * continued; the member reopens it first (one click, and logged).
 */
export async function replyAsMember(access: Pick<AccountAccess, "account" | "user">, ticketId: string, message: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await findTicket(tx, access.account.id, ticketId);
    if (ticket.status === "CLOSED") throw new UserError("ticketClosed", { number: ticket.number });
    const now = new Date();
    await tx.ticketReply.create({ data: { ticketId: ticket.id, authorId: access.user.id, body: message, createdAt: now } });
    // Conditional on still being open: a close that committed meanwhile wins, and this reply is refused with it.
    const moved = await tx.supportTicket.updateMany({ where: { id: ticket.id, status: { not: "CLOSED" } }, data: { status: "CUSTOMER_REPLY", lastReplyAt: now } });
    if (moved.count === 0) throw new UserError("ticketClosed", { number: ticket.number });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: ticket.id, client, kind: "ticket.replied", details: { number: ticket.number, subject: ticket.subject } });
    await emitWebhookEvent(tx, { type: "ticket.customer_replied", data: { accountId: access.account.id, ticketId: ticket.id, number: ticket.number, authorId: access.user.id } });
    await notifySupport(tx, ticket, { event: "replied", body: message, authorEmail: access.user.email });
  });
  deliverSoon();
}
