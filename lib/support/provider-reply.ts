import "server-only";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import { notifySupport } from "./notify-support";
import { ZProviderReply, type TProviderReply } from "./schemas";
import { writeStaffReply } from "./write-staff-reply";

/**
 * A reply from the provider's staff (the help desk's side, which this app does not host):
 * the reply, the ticket ANSWERED and the ticket-reply email to the account's SUPPORT
 * recipients in one transaction, then delivery. The demo seed and the tests call it; a help
 * desk integration would too.
 */
export async function replyAsProvider(input: TProviderReply): Promise<{ replyId: string }> {
  const { ticketId, staffName, body } = ZProviderReply.parse(input);
  const result = await db.$transaction(async (tx) => {
    const ticket = await tx.supportTicket.findUnique({ where: { id: ticketId }, select: { id: true, accountId: true, number: true, subject: true } });
    if (!ticket) throw new UserError("notFound");
    const written = await writeStaffReply(tx, { ticketId, staffName, body });
    await notifySupport(tx, ticket, { event: "replied", body });
    return written;
  });
  deliverSoon();
  return result;
}
