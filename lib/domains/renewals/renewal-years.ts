/**
 * How far a domain can be renewed. Registries hold a name at most ten years ahead of today,
 * so a renewal of `years` is allowed only when the new expiry stays within that limit. Pure,
 * so the page's choice of years and the server's check are the same arithmetic.
 */
export const MAX_YEARS_AHEAD = 10;

/** The same calendar day `years` later, in UTC (29 February lands on 1 March, as registries do). */
export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

/** Where a renewal starts: the expiry of a live domain, today for one already past it (its grace period). */
export function renewalStart(expiresAt: Date, now: Date): Date {
  return expiresAt > now ? expiresAt : now;
}

/** The expiry after renewing for `years`. */
export function renewedExpiry(expiresAt: Date, years: number, now: Date): Date {
  return addYears(renewalStart(expiresAt, now), years);
}

/** The most years a renewal may add now (0 when the domain is already ten years ahead). */
export function maxRenewalYears(expiresAt: Date, now: Date): number {
  const limit = addYears(now, MAX_YEARS_AHEAD);
  let years = 0;
  while (years < MAX_YEARS_AHEAD && renewedExpiry(expiresAt, years + 1, now) <= limit) years += 1;
  return years;
}
