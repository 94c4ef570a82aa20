/** Postcodes per country where the format is fixed, written the way the national post writes them. */
import { describe, expect, it } from "vitest";
import { checkPostcode, postcodeExample } from "@/lib/tax/postcode";

const VALID: [country: string, typed: string, normalized: string][] = [
  ["ES", "28001", "28001"],
  ["ES", "01001", "01001"],
  ["ES", "52001", "52001"],
  ["DE", "10115", "10115"],
  ["DE", "01067", "01067"],
  ["IT", "00184", "00184"],
  ["FR", "75008", "75008"],
  ["FR", "97400", "97400"],
  ["PT", "1000-001", "1000-001"],
  ["PT", "1000001", "1000-001"],
  ["NL", "1012 AB", "1012 AB"],
  ["NL", "1012ab", "1012 AB"],
  ["AT", "1010", "1010"],
  ["BE", "1000", "1000"],
  ["LU", "L-1009", "1009"],
  ["PL", "00950", "00-950"],
];

const BAD_FORMAT: [country: string, typed: string][] = [
  ["ES", "ABCDE"],
  ["ES", "2800"],
  ["DE", "1011"],
  ["DE", "00123"],
  ["IT", "001840"],
  ["FR", "7500"],
  ["PT", "1000"],
  ["PT", "0100-001"],
  ["NL", "0123 AB"],
  ["NL", "1012 SS"],
  ["NL", "1012"],
  ["AT", "0101"],
  ["AT", "10100"],
  ["BE", "0999"],
  ["PL", "00-9500"],
];

describe("checkPostcode", () => {
  it.each(VALID)("accepts %s %s as %s", (country, typed, normalized) => {
    expect(checkPostcode(typed, country)).toEqual({ valid: true, normalized, checked: true });
  });

  it.each(BAD_FORMAT)("refuses %s %s", (country, typed) => {
    expect(checkPostcode(typed, country)).toEqual({ valid: false, reason: "badFormat" });
  });

  it("refuses a Spanish postcode whose first two digits are no province (01 to 52)", () => {
    for (const code of ["00100", "53001", "99999"]) expect(checkPostcode(code, "ES"), code).toEqual({ valid: false, reason: "unknownProvince" });
  });

  it("asks for a postcode when there is none", () => {
    expect(checkPostcode("   ", "DE")).toEqual({ valid: false, reason: "required" });
    expect(checkPostcode("", "US")).toEqual({ valid: false, reason: "required" });
  });

  it("accepts other countries' postcodes as typed, saying they were not checked", () => {
    expect(checkPostcode(" SW1A  1AA ", "GB")).toEqual({ valid: true, normalized: "SW1A 1AA", checked: false });
    expect(checkPostcode("10001", "US")).toEqual({ valid: true, normalized: "10001", checked: false });
  });

  it("gives an example that passes its own country's check, and none where it does not check", () => {
    for (const country of ["ES", "DE", "IT", "FR", "PT", "NL", "AT", "BE", "LU", "PL"]) {
      const example = postcodeExample(country);
      expect(example, country).not.toBeNull();
      expect(checkPostcode(example ?? "", country), country).toEqual({ valid: true, normalized: example, checked: true });
    }
    expect(postcodeExample("US")).toBeNull();
  });
});
