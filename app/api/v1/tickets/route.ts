import { apiOperation } from "@/lib/api/api-route";
import { listTickets } from "@/lib/api/operations/tickets";
import { listTicketsForProvider } from "@/lib/support/provider-tickets";

export const GET = apiOperation(listTickets, async ({ query }) => listTicketsForProvider(query));
