import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CURRENCIES, type Currency } from "../geo/currencies";
import { contrastRatio, contrastingText } from "./contrast";

/**
 * The hosting provider's brand, from the environment (.env.example, README "The provider's
 * brand"). Every setting is optional: without any, the app keeps its neutral look and the
 * catalog's placeholder name ("Client area"). No "server-only": the run command checks the
 * settings before it starts the server (scripts/run.ts), so a typo stops the start with a
 * message instead of a broken logo on every page.
 */
export type Brand = {
  /** The name people know the provider by (header, sign-in pages, emails); null: the catalog's placeholder. */
  name: string | null;
  /** A path under public/ ("/brand/logo.png") or an https URL; null: no logo. */
  logo: { src: string; external: boolean } | null;
  /** Background of primary buttons and the header's accent, with the text colour that reads on it. */
  primaryColor: string | null;
  onPrimaryColor: string | null;
  /** The legal footer: each line only when set, so an unset provider shows none of it. */
  legal: { company: string | null; addressLines: string[]; taxId: string | null; supportEmail: string | null; supportPhone: string | null };
  /** The currency the new-account form proposes. */
  defaultCurrency: Currency;
};

type Env = Record<string, string | undefined>;

/** Unset and blank are the same: an empty line in .env must not fail the start. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), schema.optional());

const ZLogo = z.string().refine(
  (value) => {
    if (value.startsWith("/")) return !value.split("/").includes("..") && !value.startsWith("//");
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  },
  { error: "must be a path under public/ starting with / (e.g. /brand/logo.png) or an https:// URL" },
);

const ZBrandEnv = z.object({
  BRAND_NAME: optional(z.string().max(80, { error: "must be at most 80 characters" })),
  BRAND_LOGO: optional(ZLogo),
  BRAND_PRIMARY_COLOR: optional(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour written #rrggbb, e.g. #0f766e" })
      // Buttons carry text on this colour: a mid tone that neither white nor dark text reads
      // on at 4.5:1 (WCAG 1.4.3) is refused rather than shipped unreadable.
      .refine((color) => contrastRatio(color, contrastingText(color)) >= 4.5, { error: "is a mid tone that neither white nor dark text reads on (contrast below 4.5:1): pick a darker or lighter shade" }),
  ),
  PROVIDER_NAME: optional(z.string().max(200)),
  PROVIDER_ADDRESS: optional(z.string().max(500)),
  PROVIDER_TAX_ID: optional(z.string().max(50)),
  PROVIDER_SUPPORT_EMAIL: optional(z.email({ error: "must be an email address" })),
  PROVIDER_SUPPORT_PHONE: optional(z.string().regex(/^\+?[0-9 ().-]{5,30}$/, { error: "must be a phone number of digits, spaces and + ( ) . -" })),
  PROVIDER_DEFAULT_CURRENCY: optional(z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(", ")}` })),
});

export class BrandConfigError extends Error {
  override name = "BrandConfigError";
}

/**
 * Reads and checks the brand settings. Throws a BrandConfigError that names each wrong
 * variable and what it must be. `publicDir`: where a logo path must exist (the app's public/).
 */
export function parseBrand(env: Env, options: { publicDir?: string } = {}): Brand {
  const parsed = ZBrandEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
    throw new BrandConfigError(`The provider's brand settings are wrong (see .env.example):\n${lines.join("\n")}`);
  }
  const settings = parsed.data;
  const logo = settings.BRAND_LOGO ?? null;
  if (logo?.startsWith("/") && options.publicDir && !existsSync(path.join(/*turbopackIgnore: true*/ options.publicDir, logo))) {
    throw new BrandConfigError(`The provider's brand settings are wrong (see .env.example):\n  BRAND_LOGO: ${logo} is not a file under public/`);
  }
  const color = settings.BRAND_PRIMARY_COLOR?.toLowerCase() ?? null;
  return {
    name: settings.BRAND_NAME ?? null,
    logo: logo ? { src: logo, external: !logo.startsWith("/") } : null,
    primaryColor: color,
    onPrimaryColor: color ? contrastingText(color) : null,
    legal: {
      company: settings.PROVIDER_NAME ?? null,
      // Lines separated by "|", as the invoice's seller address (lib/invoices/parties.ts).
      addressLines: (settings.PROVIDER_ADDRESS ?? "")
        .split("|")
        .map((line) => line.trim())
        .filter(Boolean),
      taxId: settings.PROVIDER_TAX_ID ?? null,
      supportEmail: settings.PROVIDER_SUPPORT_EMAIL ?? null,
      supportPhone: settings.PROVIDER_SUPPORT_PHONE ?? null,
    },
    defaultCurrency: settings.PROVIDER_DEFAULT_CURRENCY ?? "EUR",
  };
}

/** Whether the legal footer has anything to say. */
export function hasLegalFooter(brand: Brand): boolean {
  const { company, addressLines, taxId, supportEmail, supportPhone } = brand.legal;
  return !!(company || addressLines.length || taxId || supportEmail || supportPhone);
}

/** The origin an external logo loads from, for the CSP's img-src; null for a local file or none. */
export function logoOrigin(brand: Brand): string | null {
  return brand.logo?.external ? new URL(brand.logo.src).origin : null;
}
