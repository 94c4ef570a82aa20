import { apiOperation } from "@/lib/api/api-route";
import { replyToTicket } from "@/lib/api/operations/tickets";
import { replyAsProvider } from "@/lib/support/provider-reply";
import { ticketForProvider } from "@/lib/support/provider-tickets";

export const POST = apiOperation(replyToTicket, async ({ params, body }) => {
  await replyAsProvider({ ...body, ticketId: params.ticketId });
  return (await ticketForProvider(params.ticketId))!;
});
