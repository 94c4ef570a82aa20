import type { TicketStatus } from "@/lib/generated/prisma/enums";

/** The list's filters: open is everything still in conversation, whoever's turn it is. */
export const TICKET_FILTERS = ["open", "closed", "all"] as const;
export type TicketFilter = (typeof TICKET_FILTERS)[number];

const STATUSES: Record<TicketFilter, readonly TicketStatus[]> = {
  open: ["OPEN", "ANSWERED", "CUSTOMER_REPLY"],
  closed: ["CLOSED"],
  all: ["OPEN", "ANSWERED", "CUSTOMER_REPLY", "CLOSED"],
};

export function parseTicketFilter(value: string | undefined): TicketFilter {
  return (TICKET_FILTERS as readonly string[]).includes(value ?? "") ? (value as TicketFilter) : "open";
}

export function statusesFor(filter: TicketFilter): TicketStatus[] {
  return [...STATUSES[filter]];
}

/** "#104233": the number people quote on the phone. */
export function ticketLabel(number: number): string {
  return `#${number}`;
}
