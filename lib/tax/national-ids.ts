/**
 * The national ids Spanish and Italian invoices need (issue 18, item 2): Spain's NIF (DNI for
 * residents, NIE for foreigners, CIF-style NIF for companies), Italy's Codice Fiscale and Partita
 * IVA, and where an Italian business receives e-invoices from the SdI (recipient code or PEC).
 *
 * Package: stdnum (pinned 1.12.0), the JavaScript port of python-stdnum, whose validators are the
 * reference most tax software checks against; it is typed, has no dependencies and implements:
 * - DNI (and K/L/M NIFs, a letter then 7 digits): 8 digits + the letter "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23] (Real Decreto 1553/2005);
 * - NIE: X/Y/Z read as 0/1/2 in front of 7 digits, then the DNI letter (Orden INT/2058/2008);
 * - CIF: organisation letter + 7 digits + a Luhn-style control digit or letter (Orden EHA/451/2008);
 * - Codice Fiscale: 15 characters + a check character from odd/even position tables mod 26
 *   (DM 23 dicembre 1976), omocodia variants included;
 * - Partita IVA: 11 digits, the last a Luhn check digit (DPR 633/1972, art. 35).
 */
import { stdnum } from "stdnum";
import { z } from "zod";

export type NationalIdProblem = "required" | "badFormat" | "badCheckDigits";

/** dni: residents; nie: foreigners; personNif: K/L/M, people with neither (minors, non-residents); cif: companies. */
export type SpanishTaxIdKind = "dni" | "nie" | "personNif" | "cif";

export type NationalIdCheck<Kind extends string = never> =
  | ({ valid: true; normalized: string } & ([Kind] extends [never] ? unknown : { kind: Kind }))
  | { valid: false; reason: NationalIdProblem };

type Validator = { validate(value: string): { isValid: boolean; compact?: string; error?: Error } };

function validatorOf(country: "ES" | "IT", name: string): Validator {
  const validator = stdnum[country]?.[name];
  // Only reachable if a stdnum upgrade renames a validator: fail loudly rather than accept every id.
  if (!validator) throw new Error(`stdnum has no ${country}.${name} validator`);
  return validator;
}

const dni = validatorOf("ES", "dni");
const nie = validatorOf("ES", "nie");
const cif = validatorOf("ES", "cif");
// es.nif takes every kind; used for K/L/M, which have no validator of their own.
const anyNif = validatorOf("ES", "nif");
const codiceFiscale = validatorOf("IT", "codicefiscale");
const partitaIva = validatorOf("IT", "iva");

function compactOf(value: string): string {
  return value.toUpperCase().replace(/[\s.\-/]/g, "");
}

/** stdnum says why an id failed by the error's class; only a wrong check digit is told apart for the customer. */
function problemOf(error: Error | undefined): NationalIdProblem {
  return error?.name === "InvalidChecksum" ? "badCheckDigits" : "badFormat";
}

function check(validator: Validator, value: string): NationalIdCheck {
  const compact = compactOf(value);
  if (!compact) return { valid: false, reason: "required" };
  const result = validator.validate(compact);
  return result.isValid ? { valid: true, normalized: result.compact ?? compact } : { valid: false, reason: problemOf(result.error) };
}

/** A Spanish NIF of any kind, told which it is: "12345678Z" (DNI), "X1234567L" (NIE), "B58378431" (company). */
export function checkSpanishTaxId(value: string): NationalIdCheck<SpanishTaxIdKind> {
  const compact = compactOf(value);
  if (!compact) return { valid: false, reason: "required" };
  // The first character says which kind it is meant to be, so the reason given is that kind's.
  const kind: SpanishTaxIdKind = /^\d/.test(compact) ? "dni" : /^[XYZ]/.test(compact) ? "nie" : /^[KLM]/.test(compact) ? "personNif" : "cif";
  const result = check({ dni, nie, personNif: anyNif, cif }[kind], compact);
  return result.valid ? { ...result, kind } : result;
}

/** An Italian person's Codice Fiscale (16 characters). A company's codice fiscale is its Partita IVA. */
export function checkCodiceFiscale(value: string): NationalIdCheck {
  return check(codiceFiscale, value);
}

/** An Italian Partita IVA (11 digits), with or without the "IT" VAT prefix. */
export function checkPartitaIva(value: string): NationalIdCheck {
  return check(partitaIva, compactOf(value).replace(/^IT/, ""));
}

/**
 * The SdI "codice destinatario" of an Italian business: 7 letters and digits, assigned by the
 * Agenzia delle Entrate to the business's e-invoicing channel. "0000000" is valid: the invoice is
 * then delivered to the PEC address or the buyer's fiscal drawer. (Public administrations use a
 * 6-character "codice univoco ufficio", not accepted here: the app does not invoice them yet.)
 */
export function checkSdiRecipientCode(value: string): NationalIdCheck {
  const compact = compactOf(value);
  if (!compact) return { valid: false, reason: "required" };
  return /^[A-Z0-9]{7}$/.test(compact) ? { valid: true, normalized: compact } : { valid: false, reason: "badFormat" };
}

const emailAddress = z.email();

/**
 * A PEC (posta elettronica certificata) address. Its syntax is an email address's; whether the
 * mailbox really is certified can only be known by the provider that runs it, so only the syntax
 * is checked.
 */
export function checkPecAddress(value: string): NationalIdCheck {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed) return { valid: false, reason: "required" };
  return emailAddress.safeParse(trimmed).success ? { valid: true, normalized: trimmed } : { valid: false, reason: "badFormat" };
}
