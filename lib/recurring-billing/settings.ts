/**
 * The provider's billing settings, from the environment (.env.example, README "Recurring
 * billing"). Read on each run, so a test or a restarted server sees a changed value; a value
 * that is not a whole number of days stops the run with the variable's name rather than
 * billing on a guess.
 */
export type BillingSettings = {
  /** How many days before a service's next due date its period is invoiced. */
  invoiceDaysBefore: number;
  /** How many days after an invoice's due date a service it bills is suspended when unpaid. */
  suspendAfterDays: number;
  /** The payment reminder before the due date: how many days before. */
  reminderDaysBefore: number;
  /** The two overdue reminders: how many days after the due date each goes out. */
  overdueReminderDays: [number, number];
};

function days(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 365) throw new Error(`${name} must be a whole number of days from 0 to 365, got "${raw}"`);
  return value;
}

export function billingSettings(env: Record<string, string | undefined> = process.env): BillingSettings {
  const first = days(env, "BILLING_OVERDUE_REMINDER_DAYS", 1);
  const second = days(env, "BILLING_SECOND_OVERDUE_REMINDER_DAYS", 7);
  if (second <= first) throw new Error(`BILLING_SECOND_OVERDUE_REMINDER_DAYS (${second}) must be later than BILLING_OVERDUE_REMINDER_DAYS (${first})`);
  return {
    invoiceDaysBefore: days(env, "BILLING_INVOICE_DAYS_BEFORE", 14),
    suspendAfterDays: days(env, "BILLING_SUSPEND_AFTER_DAYS", 7),
    reminderDaysBefore: days(env, "BILLING_REMINDER_DAYS_BEFORE", 3),
    overdueReminderDays: [first, second],
  };
}
