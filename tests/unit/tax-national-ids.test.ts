/**
 * Spain's NIF (DNI, NIE, K/L/M, company) and Italy's Codice Fiscale and Partita IVA with their
 * control characters, and the SdI recipient code and PEC address of an Italian business. Each
 * "bad check" sample is a valid one with only its control character changed.
 */
import { describe, expect, it } from "vitest";
import { checkCodiceFiscale, checkPartitaIva, checkPecAddress, checkSdiRecipientCode, checkSpanishTaxId } from "@/lib/tax/national-ids";

describe("checkSpanishTaxId", () => {
  it.each([
    ["12345678Z", "12345678Z", "dni"],
    ["12.345.678-z", "12345678Z", "dni"],
    ["X1234567L", "X1234567L", "nie"],
    ["Y1234567X", "Y1234567X", "nie"],
    ["M1234567L", "M1234567L", "personNif"],
    ["A28015865", "A28015865", "cif"],
    ["B58378431", "B58378431", "cif"],
    ["Q2826000H", "Q2826000H", "cif"],
  ])("accepts %s as %s (%s)", (typed, normalized, kind) => {
    expect(checkSpanishTaxId(typed)).toEqual({ valid: true, normalized, kind });
  });

  it.each(["12345678A", "X1234567A", "Y1234567L", "M1234567A", "A28015866", "B58378432", "Q2826000I"])("refuses %s: wrong control letter or digit", (typed) => {
    expect(checkSpanishTaxId(typed)).toEqual({ valid: false, reason: "badCheckDigits" });
  });

  it.each(["12345", "1234567Z", "X12345678L", "A2801586", "ÑB5837843"])("refuses %s: not shaped like a NIF", (typed) => {
    expect(checkSpanishTaxId(typed)).toEqual({ valid: false, reason: "badFormat" });
  });

  it("asks for the id when there is none", () => {
    expect(checkSpanishTaxId("  ")).toEqual({ valid: false, reason: "required" });
  });
});

describe("checkCodiceFiscale", () => {
  it.each([
    ["RSSMRA85T10A562S", "RSSMRA85T10A562S"],
    ["mrtmtt91d08f205j", "MRTMTT91D08F205J"],
    // Omocodia: digits replaced by letters when two people share a code, with its own check character.
    ["RSSMRA85T1LA562V", "RSSMRA85T1LA562V"],
  ])("accepts %s", (typed, normalized) => {
    expect(checkCodiceFiscale(typed)).toEqual({ valid: true, normalized });
  });

  it("refuses a wrong check character", () => {
    expect(checkCodiceFiscale("RSSMRA85T10A562T")).toEqual({ valid: false, reason: "badCheckDigits" });
    expect(checkCodiceFiscale("MRTMTT91D08F205K")).toEqual({ valid: false, reason: "badCheckDigits" });
  });

  it("refuses what is not 16 characters in the code's shape", () => {
    expect(checkCodiceFiscale("RSSMRA85T10A562")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkCodiceFiscale("12345678901234567")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkCodiceFiscale("")).toEqual({ valid: false, reason: "required" });
  });
});

describe("checkPartitaIva", () => {
  it("accepts 11 digits whose last is the check digit, with or without the IT prefix", () => {
    expect(checkPartitaIva("00743110157")).toEqual({ valid: true, normalized: "00743110157" });
    expect(checkPartitaIva("IT 00743110157")).toEqual({ valid: true, normalized: "00743110157" });
  });

  it("refuses a wrong check digit and anything that is not 11 digits", () => {
    expect(checkPartitaIva("00743110158")).toEqual({ valid: false, reason: "badCheckDigits" });
    expect(checkPartitaIva("0074311015")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkPartitaIva("0074311015A")).toEqual({ valid: false, reason: "badFormat" });
  });
});

describe("checkSdiRecipientCode", () => {
  it("accepts 7 letters and digits, and 0000000 (delivery by PEC)", () => {
    expect(checkSdiRecipientCode("m5uxcr1")).toEqual({ valid: true, normalized: "M5UXCR1" });
    expect(checkSdiRecipientCode("0000000")).toEqual({ valid: true, normalized: "0000000" });
  });

  it("refuses any other length or characters", () => {
    expect(checkSdiRecipientCode("UFABCD")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkSdiRecipientCode("M5UXCR12")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkSdiRecipientCode("M5UX_R1")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkSdiRecipientCode("")).toEqual({ valid: false, reason: "required" });
  });
});

describe("checkPecAddress", () => {
  it("accepts an email address, written in lower case", () => {
    expect(checkPecAddress(" Fatture@PEC.Example.it ")).toEqual({ valid: true, normalized: "fatture@pec.example.it" });
  });

  it("refuses what is not an email address", () => {
    expect(checkPecAddress("fatture@")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkPecAddress("fatture pec.example.it")).toEqual({ valid: false, reason: "badFormat" });
    expect(checkPecAddress("")).toEqual({ valid: false, reason: "required" });
  });
});
