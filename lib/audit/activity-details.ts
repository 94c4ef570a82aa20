/**
 * Safe readers for an activity event's stored `details`. The column is free JSON written over
 * the app's history: older rows lack keys, seeded ones carry extras, and nothing stops a row
 * from holding the wrong type. Each reader answers null for anything it cannot trust, so the
 * log falls back to a plain sentence instead of throwing or showing raw JSON.
 */
export type Details = Readonly<Record<string, unknown>>;

const EMPTY: Details = {};

export function asDetails(value: unknown): Details {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Details) : EMPTY;
}

/** A non-blank string. */
export function text(details: Details, key: string): string | null {
  const value = details[key];
  return typeof value === "string" && value.trim() ? value : null;
}

/** A whole number (amounts in minor units, counts, ticket numbers). */
export function whole(details: Details, key: string): number | null {
  const value = details[key];
  return typeof value === "number" && Number.isSafeInteger(value) ? value : null;
}

export function flag(details: Details, key: string): boolean | null {
  const value = details[key];
  return typeof value === "boolean" ? value : null;
}

/** A list of strings; null when it is not a list or holds anything else. */
export function texts(details: Details, key: string): string[] | null {
  const value = details[key];
  return Array.isArray(value) && value.every((item): item is string => typeof item === "string") ? value : null;
}

/** A nested object, or null. */
export function nested(details: Details, key: string): Details | null {
  const value = details[key];
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Details) : null;
}
