import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type TicketReplyData = { ticketNumber: string; subject: string; excerpt: string; url: string };

/** Support: a reply on a ticket. */
export const ticketReplyEmail = (data: TicketReplyData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "ticket-reply",
    category: "SUPPORT",
    subject: context.t("emails.ticketReply.subject", { ticketNumber: data.ticketNumber, subject: data.subject }),
    paragraphs: [context.t("emails.ticketReply.body", { ticketNumber: data.ticketNumber }), data.excerpt],
    action: { label: context.t("emails.ticketReply.action"), url: data.url },
  });

export const ticketReplyPreview: TicketReplyData = { ticketNumber: "#1042", subject: "Mail not arriving", excerpt: "We have fixed the MX record; mail should arrive again within the hour.", url: "http://localhost:3000/accounts/example/support/example" };
