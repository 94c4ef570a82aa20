import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { isCountryCode } from "@/lib/geo/countries";
import { ZEmail, ZLocale } from "@/lib/users/schemas";
import { EMAIL_CATEGORIES, isEmailCategory } from "@/lib/email/categories";

const optional = (max: number) =>
  singleLineText()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value || null);

/** International format: digits with an optional leading +, spaces, dots, dashes and brackets allowed. */
const ZPhone = z
  .string()
  .trim()
  .max(40, { error: "phoneInvalid" })
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || (/^\+?[0-9 ().-]+$/.test(value) && value.replace(/\D/g, "").length >= 6 && value.replace(/\D/g, "").length <= 15), {
    error: "phoneInvalid",
  });

/** Checkboxes named `categories`, joined with commas by the action. */
export const ZEmailCategories = z
  .string()
  .max(200)
  .optional()
  .transform((value) => (value ? value.split(",").filter(Boolean) : []))
  .refine((values) => values.every(isEmailCategory), { error: "categoryUnknown" })
  .transform((values) => EMAIL_CATEGORIES.filter((category) => values.includes(category)));

export const ZContact = z.object({
  firstName: singleLineText().trim().min(1, { error: "firstNameRequired" }).max(100, { error: "tooLong" }),
  lastName: singleLineText().trim().min(1, { error: "lastNameRequired" }).max(100, { error: "tooLong" }),
  company: optional(200),
  email: ZEmail,
  phone: ZPhone,
  addressLine1: optional(200),
  addressLine2: optional(200),
  city: optional(100),
  region: optional(100),
  postcode: optional(20),
  country: z.string().trim().toUpperCase().refine(isCountryCode, { error: "countryInvalid" }),
  categories: ZEmailCategories,
  /** The language of the emails the contact receives (the form starts at the account's document language). */
  locale: ZLocale,
});
export type TContact = z.infer<typeof ZContact>;

export const ZContactId = z.object({ contactId: z.uuid({ error: "invalid" }) });
