import { formatMoney } from "@/lib/invoices/money";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { renderBillingEmail, type BillingMessageContext } from "./render-billing-email";

export type PaymentReminderKind = "DUE_SOON" | "OVERDUE" | "OVERDUE_AGAIN";

export type PaymentReminderData = {
  kind: PaymentReminderKind;
  number: string;
  totalMinor: number;
  currency: string;
  dueAt: Date;
  /** The invoice's page, where it is paid. */
  url: string;
  /** Days after the due date when the billing run suspends what the invoice covers (said in the second overdue reminder). */
  suspendAfterDays: number;
};

const KEYS = { DUE_SOON: "dueSoon", OVERDUE: "overdue", OVERDUE_AGAIN: "overdueAgain" } as const;

/**
 * Billing: a reminder that an unpaid invoice is due soon or overdue, sent once per invoice and
 * kind by the reminder job (lib/recurring-billing/send-payment-reminders.ts). Same look as the
 * new-invoice email: the amount and due date in the email's language and a Pay button.
 */
export const paymentReminderEmail = (data: PaymentReminderData) => (context: BillingMessageContext) => {
  const { t, locale } = context;
  const total = formatMoney(data.totalMinor, data.currency, locale);
  const values = { number: data.number, total, dueDate: new Intl.DateTimeFormat(locale, INVOICE_DATE).format(data.dueAt), suspendAfterDays: data.suspendAfterDays };
  const key = KEYS[data.kind];
  return renderBillingEmail(context, {
    template: "payment-reminder",
    subject: t(`recurringBilling.emails.${key}.subject`, values),
    paragraphs: [t(`recurringBilling.emails.${key}.body`, values), t("recurringBilling.emails.alreadyPaid")],
    facts: [{ label: t("invoices.pdf.total"), value: total, strong: true }],
    action: { label: t("recurringBilling.emails.pay", { total }), url: data.url },
  });
};

export const paymentReminderPreview: PaymentReminderData = {
  kind: "OVERDUE",
  number: "INV-2026-000042",
  totalMinor: 12100,
  currency: "EUR",
  dueAt: new Date("2026-12-07T00:00:00Z"),
  url: "http://localhost:3000/accounts/example/invoices/example",
  suspendAfterDays: 7,
};
