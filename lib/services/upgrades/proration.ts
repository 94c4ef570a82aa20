/**
 * What moving a service to a dearer plan costs for the rest of the period it has paid:
 * (new price − current price) × remaining days / days of the period, in whole cents. Pure (no
 * database, no clock) so month lengths, leap years and the last day are tested on their own.
 * Days are UTC calendar days: the day of the upgrade counts as remaining (the member gets the
 * new plan that day), the day the period ends does not (it is the first day of the next one).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `moment` falls on. */
function utcDay(moment: Date): number {
  return Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
}

/** Whole UTC days from `from`'s day to `to`'s day (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * `moment` moved back by whole months, keeping its time of day; a day the earlier month does
 * not have becomes its last day (31 March − 1 month = 28 or 29 February), as a period that
 * renews on the 31st started on the last day of a shorter month.
 */
export function monthsBefore(moment: Date, months: number): Date {
  const year = moment.getUTCFullYear();
  const month = moment.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(moment.getUTCDate(), lastDay), moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds(), moment.getUTCMilliseconds()));
}

export type Proration = { amountMinor: number; remainingDays: number; periodDays: number };

/**
 * The prorated difference for the period [periodStart, periodEnd) seen at `now`. A period
 * already over (or not begun) has no remaining days and costs nothing; a cheaper target
 * costs nothing either (downgrades are not refunded here). Rounded half up to the cent with
 * integer arithmetic: no float ever holds money.
 */
export function prorateUpgrade(input: { currentMinor: number; targetMinor: number; periodStart: Date; periodEnd: Date; now: Date }): Proration {
  for (const [name, value] of [["currentMinor", input.currentMinor], ["targetMinor", input.targetMinor]] as const) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of minor units.`);
  }
  const periodDays = daysBetween(input.periodStart, input.periodEnd);
  if (periodDays <= 0) throw new RangeError("A period ends after it starts.");
  const beforeStart = daysBetween(input.periodStart, input.now) < 0;
  const remainingDays = beforeStart ? 0 : Math.max(0, Math.min(periodDays, daysBetween(input.now, input.periodEnd)));
  const difference = input.targetMinor - input.currentMinor;
  if (difference <= 0 || remainingDays === 0) return { amountMinor: 0, remainingDays, periodDays };
  const numerator = BigInt(difference) * BigInt(remainingDays);
  const denominator = BigInt(periodDays);
  const amountMinor = Number((numerator * 2n + denominator) / (denominator * 2n));
  return { amountMinor, remainingDays, periodDays };
}
