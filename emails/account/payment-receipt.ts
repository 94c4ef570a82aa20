import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type PaymentReceiptData = { number: string; amount: string; method: string; paidOn: string; reference: string; url: string };

/** Billing: a payment was received for an invoice, sent by payInvoice (lib/invoices/pay-invoice.ts). */
export const paymentReceiptEmail = (data: PaymentReceiptData) => (context: BillingMessageContext) =>
  renderBillingEmail(context, {
    template: "payment-receipt",
    subject: context.t("emails.paymentReceipt.subject", { number: data.number }),
    paragraphs: [
      context.t("emails.paymentReceipt.body", { number: data.number, amount: data.amount, method: data.method }),
      context.t("emails.paymentReceipt.details", { paidOn: data.paidOn, reference: data.reference }),
    ],
    action: { label: context.t("emails.paymentReceipt.action"), url: data.url },
  });

export const paymentReceiptPreview: PaymentReceiptData = {
  number: "INV-2026-000042",
  amount: "€121.00",
  method: "Visa •••• 4242",
  paidOn: "2026-11-30",
  reference: "demo_ch_5f1c0e9a2b7d4c3e8a6f1b2c",
  url: "http://localhost:3000/accounts/example/invoices/example",
};
