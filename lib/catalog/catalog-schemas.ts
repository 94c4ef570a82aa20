import { z } from "zod";
import { CURRENCIES } from "../geo/currencies";
import { apiLine, BILLING_CYCLES, SERVICE_KINDS } from "../services/provider-service-schemas";
import { MAX_REGISTRATION_YEARS } from "./demo-catalog";

/**
 * The catalog as the provider writes it, through the API (/api/v1/catalog) and the catalog
 * script (`npm run catalog`): one set of zod schemas for both, so a file the script imports
 * is held to exactly the rules of the API. Texts are English: they answer the provider.
 */

/** The largest amount the price columns hold (PostgreSQL integer). */
const MAX_MINOR = 2_147_483_647;

function ZMinor(field: string) {
  return z
    .number({ error: `${field} is a whole number of minor units (cents).` })
    .int({ error: `${field} is a whole number of minor units (cents).` })
    .positive({ error: `${field} is more than 0.` })
    .max(MAX_MINOR, { error: `${field} is at most ${MAX_MINOR}.` });
}

function ZLimit(field: string) {
  return z
    .number({ error: `${field} is a whole number or null.` })
    .int({ error: `${field} is a whole number or null.` })
    .positive({ error: `${field} is more than 0.` })
    .max(MAX_MINOR, { error: `${field} is at most ${MAX_MINOR}.` })
    .nullable()
    .meta({ description: "null: the plan has no such limit." });
}

export const ZSlug = z
  .string({ error: "slug is text." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug is lower-case letters and digits in words joined by single hyphens (web-hosting-pro)." })
  .max(60, { error: "slug has at most 60 characters." })
  .meta({ description: "Stable key for scripts and integrations: lower-case words joined by hyphens." });

export const ZCurrency = z.enum(CURRENCIES, { error: `currency is one of ${CURRENCIES.join(", ")}.` });
export const ZCycle = z.enum(BILLING_CYCLES, { error: `cycle is one of ${BILLING_CYCLES.join(", ")}.` });
export const ZKind = z.enum(SERVICE_KINDS, { error: `kind is one of ${SERVICE_KINDS.join(", ")}.` });

export const ZProductPriceInput = z.strictObject({ cycle: ZCycle, currency: ZCurrency, priceMinor: ZMinor("priceMinor") });

/** A plan's prices: at most one per cycle and currency. */
export const ZProductPrices = z
  .array(ZProductPriceInput, { error: "prices is a list." })
  .min(1, { error: "A plan needs at least one price." })
  .max(200, { error: "prices has at most 200 entries." })
  .superRefine((prices, context) => {
    const seen = new Set<string>();
    prices.forEach((price, index) => {
      const key = `${price.cycle} ${price.currency}`;
      if (seen.has(key)) context.addIssue({ code: "custom", path: [index], message: `A second price for ${key}: one price per cycle and currency.` });
      seen.add(key);
    });
  });

const limitFields = {
  diskLimitMb: ZLimit("diskLimitMb").default(null),
  bandwidthLimitMb: ZLimit("bandwidthLimitMb").default(null),
  mailboxesLimit: ZLimit("mailboxesLimit").default(null),
  cpuCores: ZLimit("cpuCores").default(null),
  memoryMb: ZLimit("memoryMb").default(null),
};

const planFields = {
  name: apiLine("name", 100).meta({ description: "The plan's proper name, the same in every language." }),
  tier: z.number({ error: "tier is a whole number." }).int({ error: "tier is a whole number." }).min(1, { error: "tier is at least 1." }).max(1000, { error: "tier is at most 1000." }).meta({ description: "Its place in the product line, lowest first: a service may be upgraded to a higher tier of its kind." }),
  sold: z.boolean({ error: "sold is true or false." }).default(true).meta({ description: "false: not offered any more; services on it keep it." }),
  panelDriver: z.string({ error: "panelDriver is text." }).trim().min(1, { error: "panelDriver is required." }).max(40, { error: "panelDriver has at most 40 characters." }).default("demo"),
  server: apiLine("server", 255).meta({ description: "The server new services of this plan are created on." }),
};

export const ZCreateProduct = z.strictObject({ slug: ZSlug, kind: ZKind, ...planFields, ...limitFields, prices: ZProductPrices });
export type TCreateProduct = z.output<typeof ZCreateProduct>;

/** Only the fields given change; the slug and kind stay (services and integrations rely on them); prices have their own call. */
export const ZUpdateProduct = z
  .strictObject({
    name: planFields.name.optional(),
    tier: planFields.tier.optional(),
    sold: z.boolean({ error: "sold is true or false." }).optional(),
    panelDriver: z.string({ error: "panelDriver is text." }).trim().min(1, { error: "panelDriver is required." }).max(40).optional(),
    server: planFields.server.optional(),
    diskLimitMb: ZLimit("diskLimitMb").optional(),
    bandwidthLimitMb: ZLimit("bandwidthLimitMb").optional(),
    mailboxesLimit: ZLimit("mailboxesLimit").optional(),
    cpuCores: ZLimit("cpuCores").optional(),
    memoryMb: ZLimit("memoryMb").optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { error: "Give at least one field to change." });
export type TUpdateProduct = z.output<typeof ZUpdateProduct>;

export const ZReplaceProductPrices = z.strictObject({ prices: ZProductPrices });

export const ZExtensionName = z
  .string({ error: "extension is text." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, { error: "extension is the part after the name's first dot, without a leading dot (com, co.uk)." })
  .max(63, { error: "extension has at most 63 characters." });

export const ZDomainPriceInput = z.strictObject({
  currency: ZCurrency,
  years: z.number({ error: "years is a whole number." }).int({ error: "years is a whole number." }).min(1, { error: "years is 1 to 10." }).max(MAX_REGISTRATION_YEARS, { error: "years is 1 to 10." }),
  registerMinor: ZMinor("registerMinor"),
  renewMinor: ZMinor("renewMinor"),
  transferMinor: ZMinor("transferMinor").nullable().default(null).meta({ description: "Only for 1 year (a transfer includes one year's renewal); null otherwise." }),
});

/** An extension's prices: one per currency and number of years; a transfer price only for 1 year. */
export const ZDomainPrices = z
  .array(ZDomainPriceInput, { error: "prices is a list." })
  .min(1, { error: "An extension needs at least one price." })
  .max(200, { error: "prices has at most 200 entries." })
  .superRefine((prices, context) => {
    const seen = new Set<string>();
    prices.forEach((price, index) => {
      const key = `${price.currency} ${price.years}`;
      if (seen.has(key)) context.addIssue({ code: "custom", path: [index], message: `A second price for ${price.years} year(s) in ${price.currency}: one per currency and number of years.` });
      seen.add(key);
      if (price.years !== 1 && price.transferMinor !== null) context.addIssue({ code: "custom", path: [index, "transferMinor"], message: "A transfer is priced for 1 year only: transferMinor is null for more years." });
    });
  });

export const ZCreateExtension = z.strictObject({
  extension: ZExtensionName,
  registrar: z.string({ error: "registrar is text." }).trim().min(1, { error: "registrar is required." }).max(40, { error: "registrar has at most 40 characters." }).default("demo"),
  sold: z.boolean({ error: "sold is true or false." }).default(true),
  prices: ZDomainPrices,
});
export type TCreateExtension = z.output<typeof ZCreateExtension>;

export const ZUpdateExtension = z
  .strictObject({
    registrar: z.string({ error: "registrar is text." }).trim().min(1, { error: "registrar is required." }).max(40).optional(),
    sold: z.boolean({ error: "sold is true or false." }).optional(),
    prices: ZDomainPrices.optional().meta({ description: "Replaces every price of the extension." }),
  })
  .refine((patch) => Object.keys(patch).length > 0, { error: "Give at least one field to change." });
export type TUpdateExtension = z.output<typeof ZUpdateExtension>;

/** A whole catalog, as `npm run catalog -- export` prints it and `import` reads it. */
export const ZCatalogFile = z
  .strictObject({
    products: z.array(ZCreateProduct, { error: "products is a list." }).default([]),
    extensions: z.array(ZCreateExtension, { error: "extensions is a list." }).default([]),
  })
  .superRefine((file, context) => {
    // A slug or extension twice would make the second entry silently win: refused instead.
    const twice = (keys: string[], list: "products" | "extensions", field: string) =>
      keys.forEach((key, index) => {
        if (keys.indexOf(key) !== index) context.addIssue({ code: "custom", path: [list, index, field], message: `${key} is in the file twice.` });
      });
    twice(file.products.map((product) => product.slug), "products", "slug");
    twice(file.extensions.map((extension) => extension.extension), "extensions", "extension");
  });
export type TCatalogFile = z.output<typeof ZCatalogFile>;
