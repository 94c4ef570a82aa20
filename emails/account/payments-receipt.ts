import { formatMoney } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type PaymentsReceiptData = {
  invoices: { number: string; amountMinor: number }[];
  amountMinor: number;
  currency: string;
  method: string;
  paidAt: Date;
  reference: string;
  url: string;
};

/**
 * Billing: one charge paid several invoices (lib/invoices/pay-invoices.ts), so one receipt
 * lists them all, each with its amount, and the total charged; amounts and date in the
 * email's language.
 */
export const paymentsReceiptEmail = (data: PaymentsReceiptData) => (context: BillingMessageContext) => {
  const money = (minor: number) => formatMoney(minor, data.currency, context.locale);
  return renderBillingEmail(context, {
    template: "payments-receipt",
    subject: context.t("emails.paymentsReceipt.subject", { count: data.invoices.length }),
    paragraphs: [
      context.t("emails.paymentsReceipt.body", { count: data.invoices.length, amount: money(data.amountMinor), method: data.method }),
      ...data.invoices.map((invoice) => context.t("emails.paymentsReceipt.line", { number: invoice.number, amount: money(invoice.amountMinor) })),
      context.t("emails.paymentReceipt.details", { paidOn: new Intl.DateTimeFormat(context.locale, INVOICE_DATE).format(data.paidAt), reference: data.reference }),
    ],
    action: { label: context.t("emails.paymentsReceipt.action"), url: data.url },
  });
};

export const paymentsReceiptPreview: PaymentsReceiptData = {
  invoices: [
    { number: "INV-2026-000041", amountMinor: 12100 },
    { number: "INV-2026-000042", amountMinor: 14505 },
  ],
  amountMinor: 26605,
  currency: "EUR",
  method: "Visa •••• 4242",
  paidAt: new Date("2026-11-30T10:00:00Z"),
  reference: "demo_ch_5f1c0e9a2b7d4c3e8a6f1b2c",
  url: "http://localhost:3000/accounts/example/invoices?status=paid",
};
