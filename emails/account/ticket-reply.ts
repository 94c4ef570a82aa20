import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

/**
 * `event` says what happened: a new ticket, or a reply (the provider's or a member's). The
 * excerpt is the message's plain text, escaped by renderEmail like every paragraph.
 */
export type TicketReplyData = { ticketNumber: string; subject: string; excerpt: string; url: string; event?: "opened" | "replied" };

/** Support: a ticket was opened, or there is a reply on it. */
export const ticketReplyEmail = (data: TicketReplyData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: data.event === "opened" ? "ticket-opened" : "ticket-reply",
    category: "SUPPORT",
    subject:
      data.event === "opened"
        ? context.t("emails.ticketOpened.subject", { ticketNumber: data.ticketNumber, subject: data.subject })
        : context.t("emails.ticketReply.subject", { ticketNumber: data.ticketNumber, subject: data.subject }),
    paragraphs: [context.t(data.event === "opened" ? "emails.ticketOpened.body" : "emails.ticketReply.body", { ticketNumber: data.ticketNumber }), data.excerpt],
    action: { label: context.t("emails.ticketReply.action"), url: data.url },
  });

export const ticketReplyPreview: TicketReplyData = { ticketNumber: "#1042", subject: "Mail not arriving", excerpt: "We have fixed the MX record; mail should arrive again within the hour.", url: "http://localhost:3000/accounts/example/support/example" };
