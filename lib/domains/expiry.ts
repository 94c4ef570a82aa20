const DAY_MS = 24 * 60 * 60 * 1000;

/** A domain that expires within this many days is shown with a warning (and counted on the overview). */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = { days: number; tone: "expired" | "warning" | "ok" };

/** The end of the warning window: a domain not yet expired whose expiry is before this is "expiring soon". */
export function expiryWarningEnd(now: Date): Date {
  return new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS);
}

/**
 * Whole days until expiry, rounded up (expiring later today is "in 1 day"), negative once
 * past, and the tone, by the same window the overview counts with (expiryWarningEnd).
 */
export function expiryState(expiresAt: Date, now: Date): ExpiryState {
  const days = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS);
  return { days, tone: expiresAt <= now ? "expired" : expiresAt < expiryWarningEnd(now) ? "warning" : "ok" };
}
