import { formatMoney } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type ServiceSuspendedUnpaidData = {
  /** The service as its owner knows it: "Web Hosting Pro (example.com)". */
  service: string;
  number: string;
  totalMinor: number;
  currency: string;
  dueAt: Date;
  /** The unpaid invoice's page, where paying it starts the service again. */
  url: string;
};

/**
 * Billing: a service was suspended because its period's invoice stayed unpaid, sent by the
 * suspension job (lib/recurring-billing/suspend-unpaid-services.ts) with the invoice to pay.
 */
export const serviceSuspendedUnpaidEmail = (data: ServiceSuspendedUnpaidData) => (context: BillingMessageContext) => {
  const { t, locale } = context;
  const total = formatMoney(data.totalMinor, data.currency, locale);
  return renderBillingEmail(context, {
    template: "service-suspended-unpaid",
    subject: t("recurringBilling.emails.suspended.subject", { service: data.service }),
    paragraphs: [t("recurringBilling.emails.suspended.body", { service: data.service, number: data.number, total, dueDate: new Intl.DateTimeFormat(locale, INVOICE_DATE).format(data.dueAt) })],
    facts: [{ label: t("invoices.pdf.total"), value: total, strong: true }],
    action: { label: t("recurringBilling.emails.suspended.action"), url: data.url },
  });
};

export const serviceSuspendedUnpaidPreview: ServiceSuspendedUnpaidData = {
  service: "Web Hosting Pro (example.com)",
  number: "INV-2026-000042",
  totalMinor: 12100,
  currency: "EUR",
  dueAt: new Date("2026-12-07T00:00:00Z"),
  url: "http://localhost:3000/accounts/example/invoices/example",
};
