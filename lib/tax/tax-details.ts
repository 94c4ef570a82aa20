/**
 * The tax-relevant fields of an account's billing details checked together, because each
 * depends on the country (and the Italian id on business or consumer): the postcode's format,
 * the VAT id, the national id an invoice of that country needs, and an Italian business's SdI
 * channel. Returns every problem at once, each as a message key under `validation` with no
 * arguments, so it plugs into a zod schema's superRefine (lib/actions/create-action.ts translates
 * issue messages as `validation.<message>`, without values), plus the values to store, written
 * the way they are printed.
 *
 * Outside the countries checked here a field is kept as typed: an EIN, a UK VAT number or a
 * Swiss UID is printed as the customer gives it, but only an EU VAT id that passed its check can
 * make an invoice reverse-charge (vatIdValid).
 */
import { isEuCountry } from "./eu-vat-rates";
import { checkCodiceFiscale, checkPartitaIva, checkPecAddress, checkSdiRecipientCode, checkSpanishTaxId, type NationalIdCheck } from "./national-ids";
import { checkPostcode } from "./postcode";
import { checkVatId } from "./vat-id";

export type TaxDetailsInput = {
  kind: "COMPANY" | "PERSON";
  /** ISO 3166-1 alpha-2, already checked by the schema. */
  country: string;
  postcode: string;
  vatId?: string | null;
  /** Spain: NIF (DNI, NIE or company). Italy: codice fiscale (a person) or partita IVA (a business). */
  nationalId?: string | null;
  /** Italy, businesses: where the SdI delivers their e-invoices. */
  sdiRecipientCode?: string | null;
  pecAddress?: string | null;
};

export type TaxDetailsField = "postcode" | "vatId" | "nationalId" | "sdiRecipientCode" | "pecAddress";

/** `message` is a key under `validation` in the catalogs. */
export type TaxDetailsIssue = { field: TaxDetailsField; message: string };

export type TaxDetails = { postcode: string; vatId: string | null; vatIdValid: boolean; nationalId: string | null; sdiRecipientCode: string | null; pecAddress: string | null };

export type TaxDetailsCheck = { ok: true; details: TaxDetails } | { ok: false; issues: TaxDetailsIssue[] };

const VAT_ID_MESSAGES = { wrongCountry: "tax.vatIdWrongCountry", badFormat: "tax.vatIdBadFormat", badCheckDigits: "tax.vatIdBadCheckDigits", notEuCountry: "tax.vatIdBadFormat" } as const;

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed ? trimmed : null;
}

export function checkTaxDetails(input: TaxDetailsInput): TaxDetailsCheck {
  const issues: TaxDetailsIssue[] = [];
  const details: TaxDetails = { postcode: input.postcode.trim(), vatId: null, vatIdValid: false, nationalId: null, sdiRecipientCode: null, pecAddress: null };

  const postcode = checkPostcode(input.postcode, input.country);
  if (postcode.valid) details.postcode = postcode.normalized;
  else issues.push({ field: "postcode", message: postcode.reason === "required" ? "postcodeRequired" : postcode.reason === "unknownProvince" ? "tax.postcodeUnknownProvince" : `tax.postcode.${input.country}` });

  const vatId = present(input.vatId);
  if (vatId && isEuCountry(input.country)) {
    const checked = checkVatId(vatId, input.country);
    if (checked.valid) Object.assign(details, { vatId: checked.normalized, vatIdValid: true });
    else issues.push({ field: "vatId", message: VAT_ID_MESSAGES[checked.reason] });
  } else details.vatId = vatId;

  const nationalId = present(input.nationalId);
  const nationalCheck = nationalId ? nationalIdCheck(input.country, input.kind, nationalId) : null;
  if (nationalCheck && !nationalCheck.check.valid) issues.push({ field: "nationalId", message: `${nationalCheck.name}${nationalCheck.check.reason === "badCheckDigits" ? "BadCheckDigits" : "BadFormat"}` });
  else details.nationalId = nationalCheck?.check.valid ? nationalCheck.check.normalized : nationalId;

  const sdi = present(input.sdiRecipientCode);
  if (sdi && input.country === "IT") {
    const checked = checkSdiRecipientCode(sdi);
    if (checked.valid) details.sdiRecipientCode = checked.normalized;
    else issues.push({ field: "sdiRecipientCode", message: "tax.sdiRecipientCodeBadFormat" });
  } else details.sdiRecipientCode = sdi;

  const pec = present(input.pecAddress);
  if (pec) {
    const checked = checkPecAddress(pec);
    if (checked.valid) details.pecAddress = checked.normalized;
    else issues.push({ field: "pecAddress", message: "tax.pecAddressBadFormat" });
  }

  return issues.length ? { ok: false, issues } : { ok: true, details };
}

/** The national id's check for the countries that have one here, with the prefix of its message keys. */
function nationalIdCheck(country: string, kind: TaxDetailsInput["kind"], value: string): { name: string; check: NationalIdCheck } | null {
  if (country === "ES") return { name: "tax.spanishTaxId", check: checkSpanishTaxId(value) };
  if (country === "IT" && kind === "PERSON") return { name: "tax.codiceFiscale", check: checkCodiceFiscale(value) };
  if (country === "IT") return { name: "tax.partitaIva", check: checkPartitaIva(value) };
  return null;
}
