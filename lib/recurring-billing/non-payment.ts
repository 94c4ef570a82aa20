/**
 * The cause the billing run gives a suspension it makes, in the service.suspended activity
 * event's details ({ cause: "unpaid", reason: null }): the reason field stays the provider's
 * own words, so the service page explains this suspension by its overdue invoices
 * (lib/services/suspension-cause.ts) rather than by a code word in English.
 */
export const UNPAID_CAUSE = "unpaid";
