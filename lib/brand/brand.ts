import "server-only";
import path from "node:path";
import { parseBrand, type Brand } from "./brand-config";

const SETTINGS = ["BRAND_NAME", "BRAND_LOGO", "BRAND_PRIMARY_COLOR", "PROVIDER_NAME", "PROVIDER_ADDRESS", "PROVIDER_TAX_ID", "PROVIDER_SUPPORT_EMAIL", "PROVIDER_SUPPORT_PHONE", "PROVIDER_DEFAULT_CURRENCY"];
let cached: { key: string; brand: Brand } | undefined;

/**
 * The brand of this server, from the environment; parsed again only when a setting changed
 * (tests switch brands in one process). The run command has already checked the settings
 * (scripts/run.ts), so a failure here means a server started another way with wrong ones:
 * the same message, in the log.
 */
export function brand(): Brand {
  const key = JSON.stringify(SETTINGS.map((name) => process.env[name] ?? null));
  if (cached?.key !== key) cached = { key, brand: parseBrand(process.env, { publicDir: path.join(/*turbopackIgnore: true*/ process.cwd(), "public") }) };
  return cached.brand;
}

/** The provider's name, or the catalog's placeholder (`app.name`) in the reader's language when none is set. */
export function brandName(placeholder: string): string {
  return brand().name ?? placeholder;
}
