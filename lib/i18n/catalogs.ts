import type { Locale } from "./config";
import { deepMerge, type Json } from "./merge-catalog";
import de from "./messages/de/index";
import en from "./messages/en/index";
import es from "./messages/es/index";
import it from "./messages/it/index";

export type Messages = typeof en;

/**
 * Every language's catalog, laid over the English one: a key missing at run time shows the
 * English text, never the raw key (tests/unit/catalogs.test.ts keeps the shipped catalogs
 * complete, so this is only a safety net).
 */
function overEnglish(catalog: Json): Messages {
  return deepMerge(en as unknown as Json, catalog) as unknown as Messages;
}

/** One line per language of `locales` (lib/i18n/config.ts); TypeScript says when one is missing. */
export const CATALOGS: Record<Locale, Messages> = {
  en,
  es: overEnglish(es),
  de: overEnglish(de),
  it: overEnglish(it),
};
