import { createTranslator } from "next-intl";
import { CATALOGS, type Messages } from "./catalogs";
import { defaultLocale, isLocale } from "./config";
import type { Json } from "./merge-catalog";
import { isPseudoLocale, pseudoCatalog } from "./pseudo";

export type { Messages };

let pseudoMessages: Messages | undefined;

/** A language this server renders: a shipped one, or the tests' pseudo-language when it is on. */
export function isRenderedLocale(value: unknown): value is string {
  return isLocale(value) || isPseudoLocale(value);
}

export function messagesFor(locale: string): Messages {
  if (isPseudoLocale(locale)) return (pseudoMessages ??= pseudoCatalog(CATALOGS.en as unknown as Json) as unknown as Messages);
  return CATALOGS[isLocale(locale) ? locale : defaultLocale];
}

/**
 * A translator outside a request (emails, scripts): same messages, explicit locale. It carries
 * the language it speaks (`locale`), so what it writes can say so (an email's `lang`).
 */
export function translatorFor(locale: string) {
  const resolved = isRenderedLocale(locale) ? locale : defaultLocale;
  return Object.assign(createTranslator({ locale: resolved, messages: messagesFor(resolved) }), { locale: resolved });
}
