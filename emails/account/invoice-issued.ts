import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type InvoiceIssuedData = { number: string; total: string; dueDate: string; url: string };

/** Billing: a new invoice, sent by issueInvoice (lib/invoices/issue-invoice.ts). */
export const invoiceIssuedEmail = (data: InvoiceIssuedData) => (context: BillingMessageContext) =>
  renderBillingEmail(context, {
    template: "invoice-issued",
    subject: context.t("emails.invoiceIssued.subject", { number: data.number }),
    paragraphs: [context.t("emails.invoiceIssued.body", { number: data.number, total: data.total, dueDate: data.dueDate })],
    action: { label: context.t("emails.invoiceIssued.action"), url: data.url },
  });

export const invoiceIssuedPreview: InvoiceIssuedData = { number: "INV-2026-000042", total: "€121.00", dueDate: "2026-12-07", url: "http://localhost:3000/accounts/example/invoices/example" };
