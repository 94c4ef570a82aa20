import { createTranslator } from "next-intl";
import { CATALOGS, type Messages } from "./catalogs";
import { defaultLocale, isLocale } from "./config";

export type { Messages };

export function messagesFor(locale: string): Messages {
  return CATALOGS[isLocale(locale) ? locale : defaultLocale];
}

/** A translator outside a request (emails, scripts): same messages, explicit locale. */
export function translatorFor(locale: string) {
  const resolved = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: resolved, messages: messagesFor(resolved) });
}
