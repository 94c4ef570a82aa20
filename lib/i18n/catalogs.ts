import type { Locale } from "./config";
import { deepMerge, type Json } from "./merge-catalog";
import en from "./messages/en/index";

export type Messages = typeof en;

/**
 * Every language's catalog, laid over the English one: a key missing at run time shows the
 * English text, never the raw key (tests/unit/catalogs.test.ts keeps the shipped catalogs
 * complete, so this is only a safety net).
 */
function overEnglish(catalog: Json): Messages {
  return deepMerge(en as unknown as Json, catalog) as unknown as Messages;
}

export const CATALOGS: Record<Locale, Messages> = {
  en,
};
// Kept for the next language: `xx: overEnglish(xx)` with `import xx from "./messages/xx/index";`.
void overEnglish;
