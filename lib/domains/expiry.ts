const DAY_MS = 24 * 60 * 60 * 1000;

/** A domain that expires within this many days is shown with a warning (and counted on the overview). */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = { days: number; tone: "expired" | "warning" | "ok" };

/** Whole days until expiry, rounded up (expiring later today is "in 1 day"); negative once past. */
export function expiryState(expiresAt: Date, now: Date): ExpiryState {
  const days = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS);
  return { days, tone: days <= 0 ? "expired" : days < EXPIRY_WARNING_DAYS ? "warning" : "ok" };
}
