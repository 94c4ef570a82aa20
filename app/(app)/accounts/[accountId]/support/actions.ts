"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { replyAsMember } from "@/lib/support/member-reply";
import { openTicket } from "@/lib/support/open-ticket";
import { ZOpenTicket, ZTicketId, ZTicketReply } from "@/lib/support/schemas";
import { closeTicket, reopenTicket } from "@/lib/support/ticket-state";

const supportPage = (accountId: string) => `/accounts/${accountId}/support`;

export const openTicketAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "support.open",
  schema: ZOpenTicket,
  handler: async ({ accountId, ...input }, { access, client }) => {
    const ticket = await openTicket(access, input, client);
    revalidatePath(supportPage(accountId), "layout");
    // The ticket's page says it was opened, where the keyboard lands (components/ui/page-message.tsx).
    redirect(`${supportPage(accountId)}/${ticket.id}?opened=1`);
  },
});

export const replyToTicketAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "support.open",
  schema: ZTicketReply,
  handler: async ({ accountId, ticketId, message }, { access, client }) => {
    await replyAsMember(access, ticketId, message, client);
    revalidatePath(supportPage(accountId), "layout");
    return { replied: true };
  },
});

export const closeTicketAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "support.open",
  schema: ZTicketId,
  handler: async ({ accountId, ticketId }, { access, client }) => {
    await closeTicket(access, ticketId, client);
    revalidatePath(supportPage(accountId), "layout");
    return { changed: true };
  },
});

export const reopenTicketAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "support.open",
  schema: ZTicketId,
  handler: async ({ accountId, ticketId }, { access, client }) => {
    await reopenTicket(access, ticketId, client);
    revalidatePath(supportPage(accountId), "layout");
    return { changed: true };
  },
});
