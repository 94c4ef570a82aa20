import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type InvoiceIssuedData = { number: string; total: string; dueDate: string; url: string };

/** Billing: a new invoice (the invoices work sends it). */
export const invoiceIssuedEmail = (data: InvoiceIssuedData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "invoice-issued",
    category: "BILLING",
    subject: context.t("emails.invoiceIssued.subject", { number: data.number }),
    paragraphs: [context.t("emails.invoiceIssued.body", { number: data.number, total: data.total, dueDate: data.dueDate })],
    action: { label: context.t("emails.invoiceIssued.action"), url: data.url },
  });

export const invoiceIssuedPreview: InvoiceIssuedData = { number: "2026-0042", total: "€121.00", dueDate: "2026-12-07", url: "http://localhost:3000/accounts/example/invoices/example" };
