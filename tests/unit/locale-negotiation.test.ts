import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/negotiate";

describe("localeFromAcceptLanguage", () => {
  it("falls back to English for languages not translated yet", () => {
    expect(localeFromAcceptLanguage("es-ES,es;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("matches a regional tag to its language", () => {
    expect(localeFromAcceptLanguage("de-DE;q=0.8, en-GB;q=0.9")).toBe("en");
  });

  it("ignores languages the browser rejects with q=0", () => {
    expect(localeFromAcceptLanguage("en;q=0")).toBe("en");
  });
});
