/**
 * VAT ids checked offline for their country's format and check digits (issue 18, item 2). Each
 * invalid sample is a valid one with one digit changed, so a check that only looked at the format
 * would let it through.
 */
import { describe, expect, it } from "vitest";
import { checkVatId } from "@/lib/tax/vat-id";

const VALID: [country: string, typed: string, normalized: string][] = [
  ["ES", "ESA28015865", "ESA28015865"],
  ["ES", "ESB58378431", "ESB58378431"],
  ["ES", "ES12345678Z", "ES12345678Z"],
  ["ES", "ESX1234567L", "ESX1234567L"],
  ["DE", "DE136695976", "DE136695976"],
  ["IT", "IT00743110157", "IT00743110157"],
  ["FR", "FR40303265045", "FR40303265045"],
  ["PT", "PT501964843", "PT501964843"],
  ["NL", "NL004495445B01", "NL004495445B01"],
  ["AT", "ATU13585627", "ATU13585627"],
  ["BE", "BE0411905847", "BE0411905847"],
  ["GR", "EL094259216", "EL094259216"],
];

const BAD_CHECK_DIGITS: [country: string, typed: string][] = [
  ["ES", "ESA28015866"],
  ["ES", "ES12345678A"],
  ["DE", "DE136695978"],
  // The example in issue 18 ("Nube Agency, DE123456789") fails its check digit: tests that
  // need a valid German id must use a real one such as DE136695976.
  ["DE", "DE123456789"],
  ["IT", "IT00743110158"],
  ["FR", "FR40303265046"],
  ["PT", "PT501964842"],
  ["NL", "NL004495446B01"],
  ["AT", "ATU13585626"],
  ["BE", "BE0411905848"],
  ["GR", "EL094259217"],
];

describe("checkVatId", () => {
  it.each(VALID)("accepts %s %s", (country, typed, normalized) => {
    expect(checkVatId(typed, country)).toEqual({ valid: true, country, normalized });
  });

  it.each(BAD_CHECK_DIGITS)("refuses %s %s: its check digits do not match", (country, typed) => {
    expect(checkVatId(typed, country)).toEqual({ valid: false, reason: "badCheckDigits" });
  });

  it("takes an id typed without its prefix, in lower case or with separators, and writes it compact with the prefix", () => {
    expect(checkVatId("B58378431", "ES")).toEqual({ valid: true, country: "ES", normalized: "ESB58378431" });
    expect(checkVatId("es b-58.378.431", "ES")).toEqual({ valid: true, country: "ES", normalized: "ESB58378431" });
    expect(checkVatId("X1234567L", "ES")).toEqual({ valid: true, country: "ES", normalized: "ESX1234567L" });
    expect(checkVatId("U13585627", "AT")).toEqual({ valid: true, country: "AT", normalized: "ATU13585627" });
    expect(checkVatId("094259216", "GR")).toEqual({ valid: true, country: "GR", normalized: "EL094259216" });
    expect(checkVatId("DE 136 695 976", "DE")).toEqual({ valid: true, country: "DE", normalized: "DE136695976" });
  });

  it("refuses an id of another country than the account's, Greece's GR included (its prefix is EL)", () => {
    expect(checkVatId("DE136695976", "ES")).toEqual({ valid: false, reason: "wrongCountry" });
    expect(checkVatId("ESB58378431", "PT")).toEqual({ valid: false, reason: "wrongCountry" });
    expect(checkVatId("GR094259216", "GR")).toEqual({ valid: false, reason: "wrongCountry" });
    expect(checkVatId("EL094259216", "CY")).toEqual({ valid: false, reason: "wrongCountry" });
  });

  it("refuses what is not shaped like the country's ids", () => {
    expect(checkVatId("12345", "ES")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkVatId("DE12345678", "DE")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkVatId("IT0074311015", "IT")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkVatId("ATX13585627", "AT")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkVatId("", "FR")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkVatId("FR#40303265045", "FR")).toEqual({ valid: false, reason: "badFormat" });
  });

  it("does not check ids for an account outside the EU", () => {
    expect(checkVatId("CHE116281710", "CH")).toEqual({ valid: false, reason: "notEuCountry" });
    expect(checkVatId("GB980780684", "GB")).toEqual({ valid: false, reason: "notEuCountry" });
  });
});
