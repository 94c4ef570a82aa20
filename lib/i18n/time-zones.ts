import { MOMENT } from "./formats";

/** Where a person is, as an IANA time zone name ("Europe/Madrid"). UTC until they say. */
export const DEFAULT_TIME_ZONE = "UTC";

const supported = new Set<string>([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone")]);

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && supported.has(value);
}

/** A zone as given, or the default for anything unknown: a bad value is never an error page. */
export function timeZoneOrDefault(value: unknown): string {
  return isTimeZone(value) ? value : DEFAULT_TIME_ZONE;
}

/** The zones a person can choose on their profile, sorted by name. */
export function timeZoneChoices(): string[] {
  return [...supported].sort();
}

/**
 * A moment as a person reads it where they are, naming the zone ("1 dic 2026, 9:30 CET"): for
 * emails and anything rendered outside a page's own formatter.
 */
export function formatMoment(at: Date, reader: { locale: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(reader.locale, { ...MOMENT, timeZone: timeZoneOrDefault(reader.timeZone) }).format(at);
}
