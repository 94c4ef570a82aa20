import { formatMoney } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type PaymentReceiptData = { number: string; amountMinor: number; currency: string; method: string; paidAt: Date; reference: string; url: string };

/** Billing: a payment was received for an invoice, sent by payInvoice (lib/invoices/pay-invoice.ts); amount and date in the email's language. */
export const paymentReceiptEmail = (data: PaymentReceiptData) => (context: BillingMessageContext) =>
  renderBillingEmail(context, {
    template: "payment-receipt",
    subject: context.t("emails.paymentReceipt.subject", { number: data.number }),
    paragraphs: [
      context.t("emails.paymentReceipt.body", { number: data.number, amount: formatMoney(data.amountMinor, data.currency, context.locale), method: data.method }),
      context.t("emails.paymentReceipt.details", { paidOn: new Intl.DateTimeFormat(context.locale, INVOICE_DATE).format(data.paidAt), reference: data.reference }),
    ],
    action: { label: context.t("emails.paymentReceipt.action"), url: data.url },
  });

export const paymentReceiptPreview: PaymentReceiptData = {
  number: "INV-2026-000042",
  amountMinor: 12100,
  currency: "EUR",
  method: "Visa •••• 4242",
  paidAt: new Date("2026-11-30T10:00:00Z"),
  reference: "demo_ch_5f1c0e9a2b7d4c3e8a6f1b2c",
  url: "http://localhost:3000/accounts/example/invoices/example",
};
