import { describe, expect, it } from "vitest";
import { languageName, locales } from "@/lib/i18n/config";
import { localeFromAcceptLanguage } from "@/lib/i18n/negotiate";
import { formatMoment, timeZoneOrDefault } from "@/lib/i18n/time-zones";

describe("localeFromAcceptLanguage", () => {
  it("takes the first language the app speaks, in the browser's order", () => {
    expect(localeFromAcceptLanguage("es-ES,es;q=0.9")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5")).toBe("de");
    expect(localeFromAcceptLanguage("it-CH")).toBe("it");
  });

  it("falls back to English for languages not translated, or no header", () => {
    expect(localeFromAcceptLanguage("fr-FR,pt;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("%%%;;,")).toBe("en");
  });

  it("matches a regional tag to its language, by quality", () => {
    expect(localeFromAcceptLanguage("de-DE;q=0.8, en-GB;q=0.9")).toBe("en");
  });

  it("ignores languages the browser rejects with q=0", () => {
    expect(localeFromAcceptLanguage("es;q=0, de;q=0.1")).toBe("de");
  });
});

describe("languageName", () => {
  it("names each language in itself, as a picker offers it", () => {
    expect(locales.map(languageName)).toEqual(["English", "Español", "Deutsch", "Italiano"]);
  });
});

describe("time zones", () => {
  const event = new Date("2026-11-23T09:30:00Z");

  it("shows one moment at each reader's own local time, naming the zone", () => {
    const madrid = formatMoment(event, { locale: "es", timeZone: "Europe/Madrid" });
    const newYork = formatMoment(event, { locale: "en", timeZone: "America/New_York" });
    expect(madrid).toContain("10:30");
    expect(madrid).toMatch(/CET|GMT\+1/);
    expect(newYork).toContain("4:30");
    expect(newYork).toMatch(/EST|GMT-5/);
  });

  it("uses a 24-hour clock where the language does", () => {
    expect(formatMoment(new Date("2026-11-23T15:05:00Z"), { locale: "de", timeZone: "UTC" })).toContain("15:05");
    expect(formatMoment(new Date("2026-11-23T15:05:00Z"), { locale: "en", timeZone: "UTC" })).toContain("3:05");
  });

  it("takes the default for an unknown zone, never failing", () => {
    expect(timeZoneOrDefault("Nowhere/Town")).toBe("UTC");
    expect(formatMoment(event, { locale: "en", timeZone: "Nowhere/Town" })).toContain("9:30");
  });
});
