import { apiOperation } from "@/lib/api/api-route";
import { getTicket, updateTicket } from "@/lib/api/operations/tickets";
import { ApiNotFound } from "@/lib/api/problem";
import { setTicketStatusAsProvider } from "@/lib/support/provider-ticket-status";
import { ticketForProvider } from "@/lib/support/provider-tickets";

export const GET = apiOperation(getTicket, async ({ params }) => {
  const ticket = await ticketForProvider(params.ticketId);
  if (!ticket) throw new ApiNotFound();
  return ticket;
});

export const PATCH = apiOperation(updateTicket, async ({ params, body }) => {
  await setTicketStatusAsProvider(params.ticketId, body.status);
  return (await ticketForProvider(params.ticketId))!;
});
