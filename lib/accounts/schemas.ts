import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { isCountryCode } from "@/lib/geo/countries";
import { CURRENCIES } from "@/lib/geo/currencies";
import { ZLocale } from "@/lib/users/schemas";

// Error messages are keys under `validation` in the message files.

const optionalText = (max: number) =>
  singleLineText()
    .trim()
    .max(max, { error: "tooLong" })
    .transform((value) => value || null);

const requiredText = (max: number, missing: string) => singleLineText().trim().min(1, { error: missing }).max(max, { error: "tooLong" });

export const ZAccountDetails = z.object({
  kind: z.enum(["COMPANY", "PERSON"], { error: "accountKindInvalid" }),
  legalName: requiredText(200, "legalNameRequired"),
  taxId: optionalText(40),
  addressLine1: requiredText(200, "addressRequired"),
  addressLine2: optionalText(200),
  city: requiredText(100, "cityRequired"),
  region: optionalText(100),
  postcode: requiredText(20, "postcodeRequired"),
  country: z.string().trim().toUpperCase().refine(isCountryCode, { error: "countryInvalid" }),
  currency: z.enum(CURRENCIES, { error: "currencyInvalid" }),
  /** The language of the account's invoices (PDF and emails); an unknown code is the default. */
  documentLocale: ZLocale,
});
export type TAccountDetails = z.infer<typeof ZAccountDetails>;
