import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions } from "@/lib/geo/countries";

describe("country names", () => {
  it("are in the reader's language, and anything that is not a code stays as given", () => {
    expect(countryName("ES", "es")).toBe("España");
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("IT", "it")).toBe("Italia");
    expect(countryName("ES", "en")).toBe("Spain");
    expect(countryName("es", "en")).toBe("es");
    expect(countryName("", "en")).toBe("");
  });

  it("are offered for every code, sorted the way the reader's language sorts", () => {
    const options = countryOptions("de");
    expect(options.map((option) => option.code).sort()).toEqual([...COUNTRY_CODES].sort());
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));
    // Österreich sorts with O in German, not after Z.
    expect(names.indexOf("Österreich")).toBeLessThan(names.indexOf("Polen"));
    expect(countryOptions("de")).toBe(options); // built once per language
  });
});
