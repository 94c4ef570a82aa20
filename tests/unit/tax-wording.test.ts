/**
 * The legal wording decideTax points to is in every catalog, in the words invoices of that
 * language use, and every reason it gives has a phrase the provider can read.
 */
import { describe, expect, it } from "vitest";
import { decideTax, type TaxReason } from "@/lib/tax/decide-tax";
import de from "@/lib/i18n/messages/de/index";
import en from "@/lib/i18n/messages/en/index";
import es from "@/lib/i18n/messages/es/index";
import it_ from "@/lib/i18n/messages/it/index";

type Json = { [key: string]: string | Json };

function lookup(catalog: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Json)[part] : undefined), catalog);
  return typeof value === "string" ? value : undefined;
}

const CATALOGS = { en, es, de, it: it_ };

describe("tax wording in the catalogs", () => {
  it("says reverse charge the way each language's invoices say it", () => {
    const reverseCharge = decideTax({ sellerCountry: "ES", buyerCountry: "DE", buyerIsBusiness: true, buyerVatIdValid: true, supply: "digital" });
    const key = reverseCharge.complete ? reverseCharge.wordingKey : null;
    expect(key).toBe("tax.wording.reverseCharge");
    expect(lookup(en, key ?? "")).toMatch(/^Reverse charge/);
    expect(lookup(es, key ?? "")).toMatch(/^Inversión del sujeto pasivo/);
    expect(lookup(de, key ?? "")).toMatch(/^Steuerschuldnerschaft des Leistungsempfängers/);
    expect(lookup(it_, key ?? "")).toMatch(/^Inversione contabile/);
  });

  it("has the outside-the-EU wording in every language", () => {
    const outside = decideTax({ sellerCountry: "IT", buyerCountry: "US", buyerIsBusiness: false, buyerVatIdValid: false, supply: "domain" });
    const key = outside.complete ? outside.wordingKey : null;
    expect(key).toBe("tax.wording.outsideEu");
    for (const [locale, catalog] of Object.entries(CATALOGS)) expect(lookup(catalog, key ?? ""), locale).toBeTruthy();
  });

  it("has a phrase for every reason and every missing field, in every language", () => {
    const reasons: TaxReason[] = ["sameCountry", "euBusinessWithVatId", "euConsumer", "euBusinessWithoutValidVatId", "buyerOutsideEu"];
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      for (const reason of reasons) expect(lookup(catalog, `tax.reasons.${reason}`), `${locale} ${reason}`).toBeTruthy();
      for (const field of ["buyerCountry", "buyerIsBusiness"]) expect(lookup(catalog, `tax.missing.${field}`), `${locale} ${field}`).toBeTruthy();
      expect(lookup(catalog, "errors.taxIncomplete"), locale).toContain("{missing}");
    }
  });
});
