import "server-only";
import { appUrl } from "@/lib/email/app-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { ticketReplyEmail } from "@/emails/account/ticket-reply";
import { ticketLabel } from "./ticket-filter";

const EXCERPT = 1_000;

/**
 * A ticket email to the account's SUPPORT recipients inside the change's transaction (the
 * caller calls deliverSoon() after commit). A member who wrote the message is left out
 * (exceptEmails): they know what they wrote, and an echo of every own reply is noise that
 * teaches people to ignore ticket mail. The provider's replies go to everyone.
 */
export async function notifySupport(
  tx: Prisma.TransactionClient,
  ticket: { id: string; accountId: string; number: number; subject: string },
  options: { event: "opened" | "replied"; body: string; authorEmail?: string },
) {
  const excerpt = options.body.length > EXCERPT ? `${options.body.slice(0, EXCERPT)}…` : options.body;
  return notifyAccount(
    ticket.accountId,
    "SUPPORT",
    ticketReplyEmail({ event: options.event, ticketNumber: ticketLabel(ticket.number), subject: ticket.subject, excerpt, url: appUrl(`/accounts/${ticket.accountId}/support/${ticket.id}`) }),
    { tx, exceptEmails: options.authorEmail ? [options.authorEmail] : [] },
  );
}
