import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type PaymentReceiptData = { number: string; amount: string; method: string; url: string };

/** Billing: a payment was received for an invoice. */
export const paymentReceiptEmail = (data: PaymentReceiptData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "payment-receipt",
    category: "BILLING",
    subject: context.t("emails.paymentReceipt.subject", { number: data.number }),
    paragraphs: [context.t("emails.paymentReceipt.body", { number: data.number, amount: data.amount, method: data.method })],
    action: { label: context.t("emails.paymentReceipt.action"), url: data.url },
  });

export const paymentReceiptPreview: PaymentReceiptData = { number: "2026-0042", amount: "€121.00", method: "Visa •••• 4242", url: "http://localhost:3000/accounts/example/invoices/example" };
