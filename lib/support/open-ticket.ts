import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { meets, type AccountAccess } from "@/lib/permissions/account-access";
import { notifySupport } from "./notify-support";
import type { TOpenTicket } from "./schemas";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/**
 * Opens a ticket with its first message: the ticket, the message, the activity event and the
 * email to SUPPORT recipients are one transaction. A related service must be the account's
 * own: another account's service id is "not found", so a ticket cannot point staff at (or
 * reveal the existence of) a stranger's server; and only a member who may see services may
 * relate one.
 */
export async function openTicket(access: AccountAccess, input: TOpenTicket, client: ClientInfo): Promise<{ id: string; number: number }> {
  const accountId = access.account.id;
  const ticket = await db.$transaction(async (tx) => {
    if (input.serviceId) {
      // Relating a service needs seeing services: the form offers none without it.
      if (!meets(access, "services.view")) throw new UserError("forbidden");
      const service = await tx.service.findFirst({ where: { id: input.serviceId, accountId }, select: { id: true } });
      if (!service) throw new UserError("notFound");
    }
    const now = new Date();
    const created = await tx.supportTicket.create({
      data: { accountId, department: input.department, subject: input.subject, priority: input.priority, serviceId: input.serviceId, openedById: access.user.id, status: "OPEN", lastReplyAt: now },
      select: { id: true, accountId: true, number: true, subject: true },
    });
    await tx.ticketReply.create({ data: { ticketId: created.id, authorId: access.user.id, body: input.message, createdAt: now } });
    await recordActivity(tx, { accountId, actorId: access.user.id, subjectId: created.id, client, kind: "ticket.opened", details: { number: created.number, subject: input.subject, department: input.department, priority: input.priority } });
    await emitWebhookEvent(tx, { type: "ticket.opened", data: { accountId, ticketId: created.id, number: created.number, subject: input.subject, department: input.department, priority: input.priority } });
    await notifySupport(tx, created, { event: "opened", body: input.message, authorEmail: access.user.email });
    return created;
  });
  deliverSoon();
  return { id: ticket.id, number: ticket.number };
}
