/**
 * What an invoice's status reads as. The database stores UNPAID, PAID or CANCELLED; OVERDUE is
 * an UNPAID invoice past its due date, derived at the moment of reading so it is never stale.
 */
export type InvoiceDisplayStatus = "UNPAID" | "OVERDUE" | "PAID" | "CANCELLED";

export function displayStatus(invoice: { status: "UNPAID" | "PAID" | "CANCELLED"; dueAt: Date }, now: Date): InvoiceDisplayStatus {
  if (invoice.status === "UNPAID" && invoice.dueAt.getTime() < now.getTime()) return "OVERDUE";
  return invoice.status;
}

/**
 * The list's filters. "unpaid" is everything still to pay, overdue ones included (they show
 * an Overdue badge); "overdue" narrows that to the ones past their due date.
 */
export const INVOICE_FILTERS = ["all", "unpaid", "overdue", "paid", "cancelled"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

/** A filter from the URL; anything else is "all", so a hand-edited link still opens the list. */
export function parseInvoiceFilter(value: string | undefined): InvoiceFilter {
  return (INVOICE_FILTERS as readonly string[]).includes(value ?? "") ? (value as InvoiceFilter) : "all";
}
