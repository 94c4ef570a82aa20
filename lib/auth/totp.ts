import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app does it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
/** One step either side, for phones whose clocks are a little off. */
const DRIFT_STEPS = 1;

function totp(secretBase32: string, names: { issuer?: string; account?: string } = {}) {
  return new TOTP({ issuer: names.issuer, label: names.account, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries; the issuer is what the person sees in their app. */
export function totpUri(secretBase32: string, input: { issuer: string; account: string }): string {
  return totp(secretBase32, input).toString();
}

/**
 * The time step a code belongs to, or null when it matches none near now. The caller
 * refuses a step it has already accepted: that is what makes a code work once.
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: now, window: DRIFT_STEPS });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The code for a moment (tests and the demo use it; the app only verifies). */
export function totpCodeAt(secretBase32: string, timestamp: number): string {
  return totp(secretBase32).generate({ timestamp });
}

/** "JBSW Y3DP EHPK 3PXP": a key a person can type without losing their place. */
export function formatManualKey(secretBase32: string): string {
  return secretBase32.replace(/(.{4})/g, "$1 ").trim();
}
