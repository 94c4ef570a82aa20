import { formatMoney, formatTaxRate } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { localTaxName } from "@/lib/invoices/invoice-pdf-labels";
import type { EmailAttachment } from "../render";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type InvoiceIssuedData = {
  number: string;
  subtotalMinor: number;
  taxName: string;
  taxRateBp: number;
  taxMinor: number;
  totalMinor: number;
  currency: string;
  dueAt: Date;
  /** The invoice's page, where it is paid. */
  url: string;
  /** The invoice's PDF (lib/invoices/invoice-pdf-response.ts), attached to every copy. */
  pdf?: EmailAttachment;
};

/**
 * Billing: a new invoice, sent by issueInvoice (lib/invoices/issue-invoice.ts): its totals as
 * the invoice writes them, the PDF attached, and a Pay button to the invoice's page; amounts
 * and dates in the email's language.
 */
export const invoiceIssuedEmail = (data: InvoiceIssuedData) => (context: BillingMessageContext) => {
  const { t, locale } = context;
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  const total = money(data.totalMinor);
  return renderBillingEmail(context, {
    template: "invoice-issued",
    subject: t("emails.invoiceIssued.subject", { number: data.number }),
    paragraphs: [
      t("emails.invoiceIssued.body", { number: data.number, total, dueDate: new Intl.DateTimeFormat(locale, INVOICE_DATE).format(data.dueAt) }),
      ...(data.pdf ? [t("brand.emails.invoicePdfAttached", { filename: data.pdf.filename })] : []),
    ],
    facts: [
      { label: t("invoices.pdf.subtotal"), value: money(data.subtotalMinor) },
      { label: `${localTaxName(locale, data.taxName)} ${formatTaxRate(data.taxRateBp, locale)}`, value: money(data.taxMinor) },
      { label: t("invoices.pdf.total"), value: total, strong: true },
    ],
    action: { label: t("brand.emails.invoicePay", { total }), url: data.url },
    attachments: data.pdf ? [data.pdf] : undefined,
  });
};

export const invoiceIssuedPreview: InvoiceIssuedData = {
  number: "INV-2026-000042",
  subtotalMinor: 10000,
  taxName: "VAT",
  taxRateBp: 2100,
  taxMinor: 2100,
  totalMinor: 12100,
  currency: "EUR",
  dueAt: new Date("2026-12-07T00:00:00Z"),
  url: "http://localhost:3000/accounts/example/invoices/example",
};
