/**
 * An invoice's dates are calendar dates of the invoice itself, the same for everyone who reads
 * it and the same as on its PDF (lib/invoices/invoice-pdf.ts): shown in UTC, not moved to the
 * reader's time zone, where an invoice issued late in the evening would change day.
 */
export const INVOICE_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;
