/**
 * An account's tax-relevant billing details checked together: every problem at once, each a
 * message key that exists in the catalogs, and the values written the way invoices print them.
 */
import { describe, expect, it } from "vitest";
import { checkTaxDetails, type TaxDetailsInput } from "@/lib/tax/tax-details";
import en from "@/lib/i18n/messages/en/index";

function englishFor(key: string): string | undefined {
  const value = `validation.${key}`.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), en);
  return typeof value === "string" ? value : undefined;
}

describe("checkTaxDetails", () => {
  it("accepts a German business with a valid VAT id and writes it compact with its prefix", () => {
    expect(checkTaxDetails({ kind: "COMPANY", country: "DE", postcode: " 10115 ", vatId: "de 136 695 976" })).toEqual({
      ok: true,
      details: { postcode: "10115", vatId: "DE136695976", vatIdValid: true, nationalId: null, sdiRecipientCode: null, pecAddress: null },
    });
  });

  it("refuses the issue's Spanish postcode ABCDE and a VAT id with a wrong check digit, both at once", () => {
    const result = checkTaxDetails({ kind: "COMPANY", country: "ES", postcode: "ABCDE", vatId: "ESB58378432" });
    expect(result).toEqual({ ok: false, issues: [
      { field: "postcode", message: "tax.postcode.ES" },
      { field: "vatId", message: "tax.vatIdBadCheckDigits" },
    ] });
  });

  it("refuses a tax id like 12345 where the country's id is checked", () => {
    expect(checkTaxDetails({ kind: "PERSON", country: "ES", postcode: "28001", nationalId: "12345" })).toEqual({ ok: false, issues: [{ field: "nationalId", message: "tax.spanishTaxIdBadFormat" }] });
    expect(checkTaxDetails({ kind: "COMPANY", country: "DE", postcode: "10115", vatId: "12345" })).toEqual({ ok: false, issues: [{ field: "vatId", message: "tax.vatIdBadFormat" }] });
  });

  it("checks an Italian person's codice fiscale, a business's partita IVA and its SdI channel", () => {
    const person = checkTaxDetails({ kind: "PERSON", country: "IT", postcode: "00184", nationalId: "rssmra85t10a562s" });
    expect(person).toMatchObject({ ok: true, details: { nationalId: "RSSMRA85T10A562S", vatIdValid: false } });
    const business = checkTaxDetails({ kind: "COMPANY", country: "IT", postcode: "20121", vatId: "IT00743110157", nationalId: "00743110157", sdiRecipientCode: "m5uxcr1", pecAddress: "Fatture@PEC.example.it" });
    expect(business).toEqual({ ok: true, details: { postcode: "20121", vatId: "IT00743110157", vatIdValid: true, nationalId: "00743110157", sdiRecipientCode: "M5UXCR1", pecAddress: "fatture@pec.example.it" } });
    expect(checkTaxDetails({ kind: "COMPANY", country: "IT", postcode: "20121", nationalId: "RSSMRA85T10A562S", sdiRecipientCode: "ABC", pecAddress: "nope" })).toEqual({ ok: false, issues: [
      { field: "nationalId", message: "tax.partitaIvaBadFormat" },
      { field: "sdiRecipientCode", message: "tax.sdiRecipientCodeBadFormat" },
      { field: "pecAddress", message: "tax.pecAddressBadFormat" },
    ] });
  });

  it("refuses a VAT id of another country and a Spanish postcode outside the provinces", () => {
    expect(checkTaxDetails({ kind: "COMPANY", country: "PT", postcode: "1000001", vatId: "ESB58378431" })).toEqual({ ok: false, issues: [{ field: "vatId", message: "tax.vatIdWrongCountry" }] });
    expect(checkTaxDetails({ kind: "PERSON", country: "ES", postcode: "60001" })).toEqual({ ok: false, issues: [{ field: "postcode", message: "tax.postcodeUnknownProvince" }] });
  });

  it("keeps ids outside the EU as typed, never as a valid EU VAT id", () => {
    expect(checkTaxDetails({ kind: "COMPANY", country: "US", postcode: "10001", vatId: " 12-3456789 " })).toEqual({
      ok: true,
      details: { postcode: "10001", vatId: "12-3456789", vatIdValid: false, nationalId: null, sdiRecipientCode: null, pecAddress: null },
    });
  });

  it("only ever answers with messages the catalog has", () => {
    const inputs: TaxDetailsInput[] = [
      ...["ES", "DE", "IT", "FR", "PT", "NL", "AT", "BE", "LU", "PL"].map((country) => ({ kind: "COMPANY" as const, country, postcode: "x", vatId: "XX1" })),
      { kind: "PERSON", country: "ES", postcode: "", nationalId: "12345678A" },
      { kind: "PERSON", country: "IT", postcode: "1", nationalId: "RSSMRA85T10A562T", pecAddress: "@" },
      { kind: "COMPANY", country: "IT", postcode: "1", vatId: "DE136695976", nationalId: "00743110158", sdiRecipientCode: "1" },
      { kind: "COMPANY", country: "ES", postcode: "99999", nationalId: "B58378432", vatId: "ESB5837843" },
    ];
    const messages = inputs.flatMap((input) => {
      const result = checkTaxDetails(input);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    });
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((message) => !englishFor(message))).toEqual([]);
  });
});
