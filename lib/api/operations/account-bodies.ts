import { z } from "zod";
import { ZAccountDetails, type TAccountDetails } from "@/lib/accounts/schemas";
import { locales } from "@/lib/i18n/config";
import { ZEmail, ZPersonName } from "@/lib/users/schemas";

/**
 * The bodies of the provider's account writes: the member's form rules (lib/accounts/schemas.ts,
 * the same zod fields), in the API's shape (an `address` object, `documentLanguage`), strict
 * objects so an unknown field is refused, not ignored.
 */

const field = ZAccountDetails.shape;
/** Optional texts: "" or null clear them. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable();

const ZAddress = z.strictObject({
  line1: field.addressLine1,
  line2: clearable(field.addressLine2).optional(),
  city: field.city,
  region: clearable(field.region).optional(),
  postcode: field.postcode,
  country: field.country.meta({ description: "ISO 3166-1 alpha-2" }),
});

const ZDocumentLanguage = z.enum(locales, { error: `documentLanguage is one of ${locales.join(", ")}.` }).meta({ description: "The language of the account's invoices and invoice emails." });

export const ZCreateAccountBody = z.strictObject({
  kind: field.kind,
  legalName: field.legalName,
  taxId: clearable(field.taxId).optional(),
  address: ZAddress,
  currency: field.currency.meta({ description: "ISO 4217" }),
  documentLanguage: ZDocumentLanguage.optional().meta({ description: "Default: the owner's language when the address has a user, else en." }),
  owner: z
    .strictObject({
      email: ZEmail,
      name: ZPersonName.optional().meta({ description: "For an address without a user yet: the new user's name (default: the legal name of a PERSON account, else the address's local part)." }),
    })
    .meta({ description: "An existing user becomes the owner at once; a new address gets a user that owns the account and an email to choose its password (it signs in once the address is confirmed)." }),
});

export const ZUpdateAccountBody = z.strictObject({
  kind: field.kind.optional(),
  legalName: field.legalName.optional(),
  taxId: clearable(field.taxId).optional(),
  address: ZAddress.partial().optional(),
  currency: field.currency.meta({ description: "ISO 4217" }).optional(),
  documentLanguage: ZDocumentLanguage.optional(),
});

export const ZSeatLimitBody = z.strictObject({
  seatLimit: z
    .number({ error: "seatLimit is a whole number of seats, or null." })
    .int({ error: "seatLimit is a whole number of seats, or null." })
    .min(1, { error: "seatLimit is at least 1 (null: no limit)." })
    .max(100_000, { error: "seatLimit is at most 100000." })
    .nullable()
    .meta({ description: "How many members may use the account area at once (the owner never needs a seat); null lifts the limit." }),
});

type AddressInput = Partial<z.output<typeof ZAddress>>;

/** The API's fields as the stored ones, only those given (so a PATCH changes only what it names). */
export function accountDetailsFromApi(body: z.output<typeof ZUpdateAccountBody>): Partial<TAccountDetails> {
  const address: AddressInput = body.address ?? {};
  const stored: Partial<TAccountDetails> = {
    kind: body.kind,
    legalName: body.legalName,
    taxId: body.taxId,
    addressLine1: address.line1,
    addressLine2: address.line2,
    city: address.city,
    region: address.region,
    postcode: address.postcode,
    country: address.country,
    currency: body.currency,
    documentLocale: body.documentLanguage,
  };
  return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined));
}
