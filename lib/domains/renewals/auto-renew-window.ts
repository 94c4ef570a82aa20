/** How many days before expiry an auto-renewing domain is invoiced, unless DOMAIN_RENEW_INVOICE_DAYS_BEFORE says otherwise. */
export const DEFAULT_RENEW_INVOICE_DAYS_BEFORE = 30;

/** The provider's setting, read when the job runs; a value that is not a whole number from 1 to 365 falls back to the default. */
export function renewInvoiceDaysBefore(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.DOMAIN_RENEW_INVOICE_DAYS_BEFORE);
  return Number.isInteger(value) && value >= 1 && value <= 365 ? value : DEFAULT_RENEW_INVOICE_DAYS_BEFORE;
}
