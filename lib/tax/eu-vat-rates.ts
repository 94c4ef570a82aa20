/**
 * The standard VAT rate of every EU member state, in basis points (2100 = 21 %), with the local
 * name of the tax as it is printed on invoices there.
 *
 * Source: European Commission, DG TAXUD, "VAT rates applied in the Member States of the European
 * Union" (situation at 1 July 2025) and the Taxes in Europe Database (TEDB), plus the changes in
 * force after it: Romania 21 % from 1 August 2025 (Law 141/2025).
 * Checked: 2026-12-02, from that list as known to the author, without network access to the
 * Commission's site on that day. Re-check against
 * https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/vat-rates_en before each
 * January and July (member states change rates on those dates most often) and update RATES_CHECKED_ON.
 *
 * Only member states are here. Everything else is "outside the EU" for VAT: the United Kingdom
 * (Northern Ireland's XI prefix covers goods only, not services), Switzerland, Norway, Andorra…
 * Territories inside a member state but outside its VAT territory (Canary Islands, Ceuta, Melilla,
 * Livigno, Campione d'Italia, Mount Athos, Åland, the French overseas departments) are NOT told
 * apart: a country code alone cannot say it. The Directive (Art. 7) treats Monaco as France and the
 * Isle of Man as the UK; this table does not: MC is "outside" here, a known gap to close when a
 * provider has customers there.
 */
export const RATES_CHECKED_ON = "2026-12-02";
export const RATES_SOURCE = "European Commission, VAT rates applied in the Member States of the EU (1 July 2025) + Romania 21 % from 1 August 2025";

export type EuVatRate = {
  /** Standard rate in basis points: 2100 = 21 %. Integer, so tax is computed without floats. */
  standardRateBp: number;
  /** The tax's short name in the member state's language, as its invoices print it. */
  localName: string;
};

export const EU_STANDARD_VAT = {
  AT: { standardRateBp: 2000, localName: "USt." },
  BE: { standardRateBp: 2100, localName: "BTW/TVA" },
  BG: { standardRateBp: 2000, localName: "ДДС" },
  CY: { standardRateBp: 1900, localName: "ΦΠΑ" },
  CZ: { standardRateBp: 2100, localName: "DPH" },
  DE: { standardRateBp: 1900, localName: "USt." },
  DK: { standardRateBp: 2500, localName: "moms" },
  EE: { standardRateBp: 2400, localName: "km" },
  ES: { standardRateBp: 2100, localName: "IVA" },
  FI: { standardRateBp: 2550, localName: "ALV" },
  FR: { standardRateBp: 2000, localName: "TVA" },
  GR: { standardRateBp: 2400, localName: "ΦΠΑ" },
  HR: { standardRateBp: 2500, localName: "PDV" },
  HU: { standardRateBp: 2700, localName: "ÁFA" },
  IE: { standardRateBp: 2300, localName: "VAT" },
  IT: { standardRateBp: 2200, localName: "IVA" },
  LT: { standardRateBp: 2100, localName: "PVM" },
  LU: { standardRateBp: 1700, localName: "TVA" },
  LV: { standardRateBp: 2100, localName: "PVN" },
  MT: { standardRateBp: 1800, localName: "VAT" },
  NL: { standardRateBp: 2100, localName: "btw" },
  PL: { standardRateBp: 2300, localName: "VAT" },
  PT: { standardRateBp: 2300, localName: "IVA" },
  RO: { standardRateBp: 2100, localName: "TVA" },
  SE: { standardRateBp: 2500, localName: "moms" },
  SI: { standardRateBp: 2200, localName: "DDV" },
  SK: { standardRateBp: 2300, localName: "DPH" },
} as const satisfies Record<string, EuVatRate>;

/** An ISO 3166-1 alpha-2 code of an EU member state (Greece is GR here; EL is only its VAT prefix). */
export type EuCountry = keyof typeof EU_STANDARD_VAT;

export const EU_COUNTRIES = Object.keys(EU_STANDARD_VAT) as EuCountry[];

export function isEuCountry(country: string): country is EuCountry {
  return Object.hasOwn(EU_STANDARD_VAT, country);
}

/** The prefix of a member state's VAT ids: the ISO code, except Greece, whose ids start with EL. */
export function vatPrefixOf(country: EuCountry): string {
  return country === "GR" ? "EL" : country;
}
