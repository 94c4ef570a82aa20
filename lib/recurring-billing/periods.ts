import type { BillingCycle } from "@/lib/generated/prisma/enums";
import { CYCLE_MONTHS } from "@/lib/catalog/demo-catalog";

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The date `months` calendar months after `date`, in UTC, at the same time of day. A day the
 * target month lacks becomes its last day (31 January + 1 month = 28 or 29 February), as
 * billing systems do, rather than spilling into the month after.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

/** The period a service's next payment buys: [nextDueAt, nextDueAt + one cycle). */
export function servicePeriod(nextDueAt: Date, cycle: BillingCycle): { periodStart: Date; periodEnd: Date } {
  return { periodStart: nextDueAt, periodEnd: addMonthsUtc(nextDueAt, CYCLE_MONTHS[cycle]) };
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
