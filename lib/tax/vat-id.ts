/**
 * Checks a VAT id's format and check digits for its country, offline (issue 18, item 2).
 * This says the id is well formed, not that it is registered: a VIES lookup is a separate,
 * networked step a caller may add.
 *
 * Package: jsvat-next (pinned 3.0.4), the maintained fork of jsvat: the original stopped taking
 * fixes while PRs for changed national formats stayed open; the fork merged them, ships its own
 * TypeScript types and has no dependencies. It implements each member state's check-digit
 * algorithm (mod 11 for DE, Luhn-like for FR's key, mod 97 for BE…).
 */
import { checkVAT, countries } from "jsvat-next";
import { isEuCountry, vatPrefixOf, type EuCountry } from "./eu-vat-rates";

export type VatIdProblem = "wrongCountry" | "badFormat" | "badCheckDigits" | "notEuCountry";

export type VatIdCheck = { valid: true; country: EuCountry; normalized: string } | { valid: false; reason: VatIdProblem };

/**
 * Checks `vatId` for the account's country. The id may be typed with or without its prefix
 * ("B58378431" or "ES B-58378431"); the result is the prefixed, compact form ("ESB58378431"),
 * the one invoices print and VIES takes.
 */
export function checkVatId(vatId: string, accountCountry: string): VatIdCheck {
  if (!isEuCountry(accountCountry)) return { valid: false, reason: "notEuCountry" };
  const prefix = vatPrefixOf(accountCountry);
  const compact = vatId.toUpperCase().replace(/[\s.\-/]/g, "");
  if (!/^[A-Z0-9+*]+$/.test(compact) || compact.length < 4) return { valid: false, reason: "badFormat" };

  const typedPrefix = /^[A-Z]{2}/.test(compact) ? compact.slice(0, 2) : null;
  // A Spanish NIE or CIF starts with letters too (X1234567L, B58378431): only a pair of letters
  // that is a known VAT prefix is taken as one. "GR" is not Greece's prefix (EL is), so
  // it is told apart as the wrong country rather than passed on as a bad format.
  const knownPrefix = typedPrefix !== null && (typedPrefix === "EL" || isEuCountry(typedPrefix));
  if (knownPrefix && typedPrefix !== prefix) return { valid: false, reason: "wrongCountry" };
  const normalized = knownPrefix ? compact : prefix + compact;

  const result = checkVAT(normalized, countries);
  if (!result.isValidFormat) return { valid: false, reason: "badFormat" };
  if (!result.isValid) return { valid: false, reason: "badCheckDigits" };
  return { valid: true, country: accountCountry, normalized };
}
