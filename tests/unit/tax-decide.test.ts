/**
 * The tax decision table of issue 18 for Spanish, German and Italian providers: every buyer kind
 * (same country, another EU country, outside the EU) × business or consumer × with or without a
 * valid VAT id, each row written out with its expected result rather than computed.
 */
import { describe, expect, it } from "vitest";
import { decideTax, UnsupportedSellerCountryError, type TaxInput } from "@/lib/tax/decide-tax";
import { EU_COUNTRIES, EU_STANDARD_VAT, isEuCountry, vatPrefixOf } from "@/lib/tax/eu-vat-rates";

type Row = [seller: string, buyer: string, business: boolean, validVatId: boolean, rule: string, rateBp: number, taxCountry: string | null, reason: string, wordingKey: string | null, printBuyerVatId: boolean];

const TABLE: Row[] = [
  ["ES", "ES", true, true, "domestic", 2100, "ES", "sameCountry", null, true],
  ["ES", "ES", true, false, "domestic", 2100, "ES", "sameCountry", null, false],
  ["ES", "ES", false, true, "domestic", 2100, "ES", "sameCountry", null, false],
  ["ES", "ES", false, false, "domestic", 2100, "ES", "sameCountry", null, false],
  ["ES", "PT", true, true, "reverse-charge", 0, null, "euBusinessWithVatId", "tax.wording.reverseCharge", true],
  ["ES", "PT", true, false, "oss-consumer", 2300, "PT", "euBusinessWithoutValidVatId", null, false],
  ["ES", "PT", false, true, "oss-consumer", 2300, "PT", "euConsumer", null, false],
  ["ES", "PT", false, false, "oss-consumer", 2300, "PT", "euConsumer", null, false],
  ["ES", "US", true, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["ES", "US", true, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["ES", "US", false, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["ES", "US", false, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["DE", "DE", true, true, "domestic", 1900, "DE", "sameCountry", null, true],
  ["DE", "DE", true, false, "domestic", 1900, "DE", "sameCountry", null, false],
  ["DE", "DE", false, true, "domestic", 1900, "DE", "sameCountry", null, false],
  ["DE", "DE", false, false, "domestic", 1900, "DE", "sameCountry", null, false],
  ["DE", "FR", true, true, "reverse-charge", 0, null, "euBusinessWithVatId", "tax.wording.reverseCharge", true],
  ["DE", "FR", true, false, "oss-consumer", 2000, "FR", "euBusinessWithoutValidVatId", null, false],
  ["DE", "FR", false, true, "oss-consumer", 2000, "FR", "euConsumer", null, false],
  ["DE", "FR", false, false, "oss-consumer", 2000, "FR", "euConsumer", null, false],
  ["DE", "US", true, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["DE", "US", true, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["DE", "US", false, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["DE", "US", false, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["IT", "IT", true, true, "domestic", 2200, "IT", "sameCountry", null, true],
  ["IT", "IT", true, false, "domestic", 2200, "IT", "sameCountry", null, false],
  ["IT", "IT", false, true, "domestic", 2200, "IT", "sameCountry", null, false],
  ["IT", "IT", false, false, "domestic", 2200, "IT", "sameCountry", null, false],
  ["IT", "AT", true, true, "reverse-charge", 0, null, "euBusinessWithVatId", "tax.wording.reverseCharge", true],
  ["IT", "AT", true, false, "oss-consumer", 2000, "AT", "euBusinessWithoutValidVatId", null, false],
  ["IT", "AT", false, true, "oss-consumer", 2000, "AT", "euConsumer", null, false],
  ["IT", "AT", false, false, "oss-consumer", 2000, "AT", "euConsumer", null, false],
  ["IT", "US", true, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["IT", "US", true, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["IT", "US", false, true, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
  ["IT", "US", false, false, "outside-eu", 0, null, "buyerOutsideEu", "tax.wording.outsideEu", false],
];

describe("decideTax: the decision table", () => {
  it.each(TABLE)("%s seller, %s buyer, business %s, valid VAT id %s → %s %d", (seller, buyer, business, validVatId, rule, rateBp, taxCountry, reason, wordingKey, printBuyerVatId) => {
    for (const supply of ["digital", "domain"] as const) {
      const decision = decideTax({ sellerCountry: seller, buyerCountry: buyer, buyerIsBusiness: business, buyerVatIdValid: validVatId, supply });
      expect(decision).toMatchObject({ complete: true, rule, rateBp, taxCountry, reason, wordingKey, printBuyerVatId });
    }
  });

  it("names the tax of the country whose VAT is charged, and none when no VAT is charged", () => {
    const base: TaxInput = { sellerCountry: "ES", buyerCountry: "ES", buyerIsBusiness: false, buyerVatIdValid: false, supply: "digital" };
    expect(decideTax(base)).toMatchObject({ taxName: "IVA" });
    expect(decideTax({ ...base, buyerCountry: "DE" })).toMatchObject({ taxName: "USt.", rateBp: 1900 });
    expect(decideTax({ ...base, buyerCountry: "DE", buyerIsBusiness: true, buyerVatIdValid: true })).not.toHaveProperty("taxName");
    expect(decideTax({ ...base, buyerCountry: "CH" })).not.toHaveProperty("taxName");
  });

  it("charges a consumer in any member state that state's standard rate (OSS)", () => {
    const expected: Record<string, number> = {
      AT: 2000, BE: 2100, BG: 2000, CY: 1900, CZ: 2100, DE: 1900, DK: 2500, EE: 2400, ES: 2100, FI: 2550, FR: 2000, GR: 2400, HR: 2500, HU: 2700,
      IE: 2300, IT: 2200, LT: 2100, LU: 1700, LV: 2100, MT: 1800, NL: 2100, PL: 2300, PT: 2300, RO: 2100, SE: 2500, SI: 2200, SK: 2300,
    };
    for (const [buyerCountry, rateBp] of Object.entries(expected)) {
      const decision = decideTax({ sellerCountry: "IT", buyerCountry, buyerIsBusiness: false, buyerVatIdValid: false, supply: "digital" });
      expect(decision, buyerCountry).toMatchObject({ rateBp, rule: buyerCountry === "IT" ? "domestic" : "oss-consumer" });
    }
  });

  it("takes the United Kingdom, Switzerland, Norway and the US as outside the EU, business or not", () => {
    for (const buyerCountry of ["GB", "CH", "NO", "US", "MC"]) {
      for (const buyerIsBusiness of [true, false]) {
        expect(decideTax({ sellerCountry: "DE", buyerCountry, buyerIsBusiness, buyerVatIdValid: false, supply: "domain" }), buyerCountry).toMatchObject({ rule: "outside-eu", rateBp: 0 });
      }
    }
  });

  it("says what is missing when the account has no country or no business status, instead of guessing", () => {
    const base = { sellerCountry: "ES", buyerVatIdValid: false, supply: "digital" } as const;
    expect(decideTax({ ...base, buyerCountry: null, buyerIsBusiness: true })).toEqual({ complete: false, rule: "incomplete", missing: ["buyerCountry"] });
    expect(decideTax({ ...base, buyerCountry: "", buyerIsBusiness: false })).toEqual({ complete: false, rule: "incomplete", missing: ["buyerCountry"] });
    expect(decideTax({ ...base, buyerCountry: "PT", buyerIsBusiness: null })).toEqual({ complete: false, rule: "incomplete", missing: ["buyerIsBusiness"] });
    expect(decideTax({ ...base, buyerCountry: undefined, buyerIsBusiness: undefined })).toEqual({ complete: false, rule: "incomplete", missing: ["buyerCountry", "buyerIsBusiness"] });
  });

  it("refuses a provider outside the EU with an error that names its country", () => {
    for (const sellerCountry of ["US", "GB", "CH", "EL", ""]) {
      expect(() => decideTax({ sellerCountry, buyerCountry: "ES", buyerIsBusiness: false, buyerVatIdValid: false, supply: "digital" })).toThrow(UnsupportedSellerCountryError);
    }
    expect(() => decideTax({ sellerCountry: "US", buyerCountry: "ES", buyerIsBusiness: false, buyerVatIdValid: false, supply: "digital" })).toThrow(/"US".*EU member state/);
  });

  it("refuses a buyer country that is not an ISO code rather than treating it as outside the EU", () => {
    for (const buyerCountry of ["EL", "es", "Spain"]) {
      expect(() => decideTax({ sellerCountry: "ES", buyerCountry, buyerIsBusiness: false, buyerVatIdValid: false, supply: "digital" }), buyerCountry).toThrow(RangeError);
    }
  });
});

describe("the EU VAT rate table", () => {
  it("has the 27 member states, Greece as GR with the EL prefix, and integer rates", () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(isEuCountry("GR")).toBe(true);
    expect(isEuCountry("EL")).toBe(false);
    expect(isEuCountry("GB")).toBe(false);
    expect(vatPrefixOf("GR")).toBe("EL");
    expect(vatPrefixOf("ES")).toBe("ES");
    for (const [country, { standardRateBp }] of Object.entries(EU_STANDARD_VAT)) expect(Number.isInteger(standardRateBp), country).toBe(true);
  });
});
