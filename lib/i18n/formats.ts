/**
 * How the app writes a moment that a reader should place on their own clock: date, time and
 * the zone's name ("23 nov 2026, 10:30 CET"). Intl refuses a zone name beside dateStyle, so
 * the parts are spelled out; the locale decides their order and the 12- or 24-hour clock.
 */
export const MOMENT = { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" } as const;

/** The same with seconds, for logs where the order of close events matters. */
export const MOMENT_WITH_SECONDS = { ...MOMENT, second: "2-digit" } as const;
