import { formatMoney } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type InvoiceIssuedData = { number: string; totalMinor: number; currency: string; dueAt: Date; url: string };

/** Billing: a new invoice, sent by issueInvoice (lib/invoices/issue-invoice.ts); amount and date in the email's language. */
export const invoiceIssuedEmail = (data: InvoiceIssuedData) => (context: BillingMessageContext) =>
  renderBillingEmail(context, {
    template: "invoice-issued",
    subject: context.t("emails.invoiceIssued.subject", { number: data.number }),
    paragraphs: [
      context.t("emails.invoiceIssued.body", {
        number: data.number,
        total: formatMoney(data.totalMinor, data.currency, context.locale),
        dueDate: new Intl.DateTimeFormat(context.locale, INVOICE_DATE).format(data.dueAt),
      }),
    ],
    action: { label: context.t("emails.invoiceIssued.action"), url: data.url },
  });

export const invoiceIssuedPreview: InvoiceIssuedData = { number: "INV-2026-000042", totalMinor: 12100, currency: "EUR", dueAt: new Date("2026-12-07T00:00:00Z"), url: "http://localhost:3000/accounts/example/invoices/example" };
