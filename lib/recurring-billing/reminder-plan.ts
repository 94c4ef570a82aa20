import type { BillingSettings } from "./settings";
import { DAY_MS, daysAfter, daysBefore } from "./periods";

export type ReminderKind = "DUE_SOON" | "OVERDUE" | "OVERDUE_AGAIN";

/** A reminder more than this late (its moment long past) is not sent: the invoice page and the overdue banner say it already. */
export const STALE_REMINDER_DAYS = 14;

export type ReminderPlan = { send: ReminderKind; passOver: ReminderKind[] };

/** Each kind and the moment it goes out, in order. DUE_SOON only for an invoice issued before its moment (else it repeats the new-invoice email). */
function moments(invoice: { issuedAt: Date; dueAt: Date }, settings: BillingSettings): { kind: ReminderKind; at: Date; until: Date }[] {
  const dueSoon = daysBefore(invoice.dueAt, settings.reminderDaysBefore);
  const list: { kind: ReminderKind; at: Date; until: Date }[] = [];
  if (settings.reminderDaysBefore > 0 && invoice.issuedAt.getTime() <= dueSoon.getTime()) list.push({ kind: "DUE_SOON", at: dueSoon, until: invoice.dueAt });
  const [first, second] = settings.overdueReminderDays;
  list.push({ kind: "OVERDUE", at: daysAfter(invoice.dueAt, first), until: daysAfter(invoice.dueAt, first + STALE_REMINDER_DAYS) });
  list.push({ kind: "OVERDUE_AGAIN", at: daysAfter(invoice.dueAt, second), until: daysAfter(invoice.dueAt, second + STALE_REMINDER_DAYS) });
  return list;
}

/**
 * Which reminder an unpaid invoice should get now, if any: the latest kind whose moment has
 * come, unless it (or a later one) was had already. Earlier kinds not had yet are passed over,
 * recorded without an email: a scheduler stopped for a week sends one reminder, not three.
 */
export function reminderPlan(invoice: { issuedAt: Date; dueAt: Date }, now: Date, settings: BillingSettings, had: readonly ReminderKind[]): ReminderPlan | null {
  const list = moments(invoice, settings);
  const reached = list.filter((moment) => moment.at.getTime() <= now.getTime());
  const latest = reached.at(-1);
  if (!latest || now.getTime() >= latest.until.getTime()) return null;
  const latestIndex = list.indexOf(latest);
  if (list.slice(latestIndex).some((moment) => had.includes(moment.kind))) return null;
  return { send: latest.kind, passOver: list.slice(0, latestIndex).map((moment) => moment.kind).filter((kind) => !had.includes(kind)) };
}

/** The earliest due date an invoice can have and still get a reminder at `now` (the query's bound). */
export function oldestRemindableDueAt(now: Date, settings: BillingSettings): Date {
  return new Date(now.getTime() - (settings.overdueReminderDays[1] + STALE_REMINDER_DAYS) * DAY_MS);
}
