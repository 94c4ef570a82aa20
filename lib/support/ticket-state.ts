import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { findTicket } from "./find-ticket";

type Actor = Pick<AccountAccess, "account" | "user">;

/** Closes a ticket the member considers solved; closing a closed one is refused rather than logged twice. */
export async function closeTicket(access: Actor, ticketId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await findTicket(tx, access.account.id, ticketId);
    const closed = await tx.supportTicket.updateMany({ where: { id: ticket.id, status: { not: "CLOSED" } }, data: { status: "CLOSED", closedAt: new Date() } });
    if (closed.count === 0) throw new UserError("ticketAlreadyClosed", { number: ticket.number });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: ticket.id, client, kind: "ticket.closed", details: { number: ticket.number, subject: ticket.subject } });
  });
}

/** Reopens a closed ticket: it waits for the provider again (OPEN), and takes replies. */
export async function reopenTicket(access: Actor, ticketId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await findTicket(tx, access.account.id, ticketId);
    const reopened = await tx.supportTicket.updateMany({ where: { id: ticket.id, status: "CLOSED" }, data: { status: "OPEN", closedAt: null } });
    if (reopened.count === 0) throw new UserError("ticketNotClosed", { number: ticket.number });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, subjectId: ticket.id, client, kind: "ticket.reopened", details: { number: ticket.number, subject: ticket.subject } });
  });
}
